package nl.binnenhof.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What an HTML news page holds for us: its main text and the headline, date and address the page declares.
 * A saved page is mostly menus, scripts and teasers; only the article body should reach the analysis, or party
 * names in a menu would count as mentions in every article.
 *
 * @param text   the main text, one paragraph per block element, paragraphs separated by a blank line; empty when
 *               the page has none
 * @param title  the headline, or {@code null}
 * @param date   the published date exactly as the page gives it (not yet normalised), or {@code null}
 * @param source the page's canonical address, or {@code null}
 */
record HtmlPage(String text, String title, String date, String source) {

    /** Page furniture and non-text content, removed before the text is taken. */
    private static final String CLUTTER = "script, style, noscript, template, iframe, svg, nav, header, footer, "
            + "aside, figure, form, button, [hidden]";

    /** Where a published date is declared, most specific first. */
    private static final List<String[]> DATE_PLACES = List.of(
            new String[] {"meta[property=article:published_time]", "content"},
            new String[] {"meta[name=article:published_time]", "content"},
            new String[] {"meta[itemprop=datePublished]", "content"},
            new String[] {"meta[name=date]", "content"},
            new String[] {"meta[name=pubdate]", "content"},
            new String[] {"meta[name=dcterms.date]", "content"},
            new String[] {"article time[datetime]", "datetime"},
            new String[] {"time[datetime]", "datetime"});

    /** Elements that start a new paragraph; everything else runs on inside the current one. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "caption", "dd",
            "details", "div", "dl", "dt", "fieldset", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li",
            "main", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul");

    static HtmlPage parse(String html) {
        Document doc = Jsoup.parse(html);
        String title = headline(doc);
        String date = publishedDate(doc);
        String source = firstValue(doc, "link[rel=canonical]", "href");
        if (source == null) {
            source = firstValue(doc, "meta[property=og:url]", "content");
        }
        doc.select(CLUTTER).remove();
        return new HtmlPage(mainText(doc), title, date, source);
    }

    /** The headline inside the article if there is one, else one outside page furniture, else the page title. */
    private static String headline(Document doc) {
        Element h1 = doc.selectFirst("article h1, main h1");
        if (h1 == null) {
            h1 = doc.select("h1").stream()
                    .filter(e -> e.closest("header, nav, footer, aside") == null)
                    .findFirst().orElse(null);
        }
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text();
        }
        String title = firstValue(doc, "meta[property=og:title]", "content");
        return title != null ? title : blankToNull(doc.title());
    }

    private static String publishedDate(Document doc) {
        for (String[] place : DATE_PLACES) {
            String value = firstValue(doc, place[0], place[1]);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The text of the longest {@code <article>}, else of {@code <main>}, else of the body: the first not empty. */
    private static String mainText(Document doc) {
        List<Element> candidates = new ArrayList<>();
        doc.select("article").stream().max(Comparator.comparingInt(e -> e.text().length()))
                .ifPresent(candidates::add);
        candidates.addAll(doc.select("main, [role=main]"));
        candidates.add(doc.body());
        for (Element candidate : candidates) {
            String text = paragraphs(candidate);
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    private static String paragraphs(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.text());
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    current.append('\n');
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, paragraphs);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, paragraphs);
                }
            }
        }, root);
        flush(current, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    /** Ends the current paragraph: whitespace collapsed, lines from {@code <br>} kept, empty ones dropped. */
    private static void flush(StringBuilder current, List<String> paragraphs) {
        List<String> lines = new ArrayList<>();
        for (String line : current.toString().split("\n")) {
            String collapsed = line.replaceAll("\\s+", " ").strip();
            if (!collapsed.isEmpty()) {
                lines.add(collapsed);
            }
        }
        if (!lines.isEmpty()) {
            paragraphs.add(String.join("\n", lines));
        }
        current.setLength(0);
    }

    private static String firstValue(Document doc, String selector, String attribute) {
        Element element = doc.selectFirst(selector);
        return element == null ? null : blankToNull(element.attr(attribute));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
