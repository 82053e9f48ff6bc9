package nl.binnenhof.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import nl.binnenhof.query.ActorSummary;
import nl.binnenhof.query.ArticleHit;
import nl.binnenhof.query.Count;
import nl.binnenhof.query.Page;
import nl.binnenhof.query.Period;
import nl.binnenhof.query.QuoteHit;

/** Results written for people to read in a terminal. */
final class Readable {
    private static final int QUOTE_WIDTH = 160;

    private Readable() {
    }

    static void pageHeader(PrintWriter out, Page<?> page, String what) {
        if (page.items().isEmpty()) {
            out.printf(Locale.ROOT, "%,d %s%s%n", page.total(), what,
                    page.total() > 0 ? " (none on this page; lower --offset)" : "");
            return;
        }
        out.printf(Locale.ROOT, "%,d %s; %d to %d:%n%n", page.total(), what, page.offset() + 1,
                page.offset() + page.items().size());
    }

    static void article(PrintWriter out, ArticleHit hit) {
        out.printf("%-10s %s  [%s]%n", orDash(hit.date()), hit.headline(), hit.id());
        out.println("           " + marked(hit.snippet(), hit.highlights()));
        StringBuilder facts = new StringBuilder();
        if (!hit.persons().isEmpty()) {
            facts.append("persons: ").append(String.join(", ", first(hit.persons(), 6))).append("  ");
        }
        if (!hit.parties().isEmpty()) {
            facts.append("parties: ").append(String.join(", ", hit.parties())).append("  ");
        }
        facts.append(hit.quotes()).append(" quote(s)");
        out.println("           " + facts);
        out.println();
    }

    static void quote(PrintWriter out, QuoteHit q) {
        String who = q.speaker() == null ? "(unknown speaker)" : q.speaker();
        if (q.speakerParty() != null && !q.speakerParty().equals(q.speaker())) {
            who += " (" + q.speakerParty() + ")";
        }
        String cue = q.cue() == null ? "" : " [" + q.cue() + "]";
        out.printf("%-10s %s%s: “%s”%n", orDash(q.date()), who, cue, shorten(q.text()));
        out.printf("           %s [%s, %s]%n%n", q.headline(), q.articleId(), q.kind());
    }

    static void actorTable(PrintWriter out, List<ActorSummary> actors) {
        out.printf("%-32s %-12s %-12s %9s %9s %7s%n", "name", "type", "party", "articles", "mentions", "quotes");
        for (ActorSummary a : actors) {
            out.printf(Locale.ROOT, "%-32s %-12s %-12s %,9d %,9d %,7d%n", a.name(), a.type(), orDash(a.party()),
                    a.articles(), a.mentions(), a.quotes());
        }
    }

    static void periods(PrintWriter out, String label, List<Period> periods) {
        if (periods.isEmpty()) {
            return;
        }
        out.println(label);
        for (Period p : periods) {
            out.printf(Locale.ROOT, "  %-24s %s to %s  (%,d articles)%n", p.value(), p.from(), p.to(), p.articles());
        }
    }

    static void counts(PrintWriter out, String label, List<Count> counts) {
        if (counts.isEmpty()) {
            return;
        }
        out.println(label);
        for (Count c : counts) {
            out.printf(Locale.ROOT, "  %-32s %,7d%n", c.name(), c.count());
        }
    }

    /** The newest articles of a profile, one line each. */
    static void newestArticles(PrintWriter out, Page<ArticleHit> articles) {
        out.println("Newest articles");
        articles.items().forEach(h -> out.printf("  %-10s %s  [%s]%n", orDash(h.date()), h.headline(), h.id()));
    }

    /** The snippet with its matched words in [brackets]. */
    static String marked(String snippet, List<List<Integer>> highlights) {
        StringBuilder s = new StringBuilder(snippet);
        for (int i = highlights.size() - 1; i >= 0; i--) {
            s.insert((int) highlights.get(i).get(1), ']').insert((int) highlights.get(i).get(0), '[');
        }
        return s.toString();
    }

    private static List<String> first(List<String> names, int n) {
        return names.size() <= n ? names : names.subList(0, n);
    }

    static String orDash(String s) {
        return s == null ? "-" : s;
    }

    private static String shorten(String text) {
        String t = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return t.length() <= QUOTE_WIDTH ? t : t.substring(0, QUOTE_WIDTH - 1) + "…";
    }
}
