package nl.binnenhof.events.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.binnenhof.events.words.LowerCaseWords;
import nl.binnenhof.text.Annotator;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Layer;
import nl.binnenhof.text.Sentence;
import nl.binnenhof.text.TextLayers;
import nl.binnenhof.text.Token;

/**
 * Finds the date expressions of an article, sentence by sentence, and resolves each against the article's
 * date with the tense of its clause. A date without a year that follows a date with one in the same
 * paragraph takes its year from that one ("begin oktober 2010 … toen Rutte I op 14 oktober van start
 * ging"): a paragraph that names an earlier year tells its story in that year. A later year ("naar 67 jaar
 * in 2024") is a target, not the time of the story, and anchors nothing.
 */
public final class DateFinder implements Annotator {
    private final ExpressionReader reader = new ExpressionReader(new DateLexicon());
    private final TenseReader tenses = new TenseReader();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.TOKENS, TextLayers.LOWER_CASE, TextLayers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(DateLayers.DATES);
    }

    @Override
    public void annotate(Document document) {
        List<Token> tokens = document.get(TextLayers.TOKENS);
        LowerCaseWords w = new LowerCaseWords(document);
        ArticleDate articleDate = ArticleDate.of(document.article().date());
        List<DateExpression> found = new ArrayList<>();
        DateExpression lastAbsolute = null;
        for (Sentence s : document.get(TextLayers.SENTENCES)) {
            if (lastAbsolute != null && sentenceOf(document, lastAbsolute).block() != s.block()) {
                lastAbsolute = null;
            }
            for (ExpressionReader.Found f : reader.read(w, tokens, s.firstToken(), s.endToken())) {
                int begin = tokens.get(f.first()).begin();
                int end = tokens.get(f.end() - 1).end();
                String text = document.text().substring(begin, end);
                Tense tense = tenses.tenseAt(w, s.firstToken(), s.endToken(), f.first(), f.end());
                boolean narrative = lastAbsolute != null && takesNarrativeYear(f.mention());
                TimeValue value = narrative ? inYearOf(lastAbsolute, f.mention(), text)
                        : DateResolver.resolve(f.mention(), articleDate, tense, text);
                String anchor = f.mention().absolute() ? "text" : narrative ? "paragraph"
                        : articleDate.known() ? "article" : "none";
                DateExpression e = new DateExpression(begin, end, text, f.mention(), tense, value, anchor, s.index());
                found.add(e);
                if (e.absolute() && tellsOfThePast(e, articleDate)) {
                    lastAbsolute = e;
                }
            }
        }
        document.add(DateLayers.DATES, found);
    }

    /** A year before the article's: a story told in that year. A later one ("in 2030") is a target instead. */
    private static boolean tellsOfThePast(DateExpression e, ArticleDate articleDate) {
        return !articleDate.known() || e.value().latest().isBefore(articleDate.range().from());
    }

    private static boolean takesNarrativeYear(DateMention m) {
        return !m.absolute() && (m instanceof DateMention.CalendarDate || m instanceof DateMention.MonthOfYear);
    }

    /** The occurrence nearest to the absolute date before it, with a note that says so. */
    private static TimeValue inYearOf(DateExpression absolute, DateMention mention, String text) {
        TimeValue a = absolute.value();
        ArticleDate narrative = new ArticleDate(a.value(), a.range(), a.precision());
        TimeValue v = DateResolver.resolve(mention, narrative, Tense.UNKNOWN, text);
        String note = "year from '" + absolute.text() + "' earlier in the paragraph";
        return v.withNote(v.note() == null ? note : v.note() + "; " + note);
    }

    private static Sentence sentenceOf(Document doc, DateExpression e) {
        return doc.get(TextLayers.SENTENCES).get(e.sentence());
    }
}
