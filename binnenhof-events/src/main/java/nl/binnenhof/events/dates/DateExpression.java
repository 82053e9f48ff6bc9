package nl.binnenhof.events.dates;

import nl.binnenhof.text.Span;

/**
 * A date expression in the text, resolved.
 *
 * @param text     the words as written
 * @param mention  what the words say, before resolution
 * @param tense    the tense of the clause, which decided the direction of a bare weekday or date
 * @param value    the resolved date with its real precision
 * @param anchor   what the date was resolved against: "text" (it names its year), "paragraph" (a year
 *                 named earlier in the paragraph), "article" (the article's date) or "none"
 * @param sentence index of the sentence it stands in
 */
public record DateExpression(int begin, int end, String text, DateMention mention, Tense tense, TimeValue value,
                             String anchor, int sentence) implements Span {

    /** Whether the words fix the date without the article's date ("5 maart 2012", "in 2021"). */
    public boolean absolute() {
        return mention.absolute();
    }

    /** "absolute", "anchored" (a date without year, placed by the article's date) or "relative". */
    public String kind() {
        if (mention.absolute()) {
            return "absolute";
        }
        return mention instanceof DateMention.CalendarDate || mention instanceof DateMention.MonthOfYear
                ? "anchored" : "relative";
    }
}
