package nl.binnenhof.events.datecheck;

import java.util.List;
import java.util.Locale;

import nl.binnenhof.kb.DateRange;
import nl.binnenhof.text.Span;

/**
 * One clue in the text to when it was written.
 *
 * @param text           the words that give the clue ("PvdA-leider Diederik Samsom", "vrijdag 19 maart")
 * @param supports       when the article could have been written according to this clue (empty when the
 *                       clue dates only its own sentence, or the knowledge base cannot tell)
 * @param agreesWithPage whether the page date overlaps {@code supports}; null when the clue does not count or
 *                       the page has no date
 * @param explanation    what the clue says, in words
 */
public record DateEvidence(int begin, int end, String text, Kind kind, List<DateRange> supports,
                           Boolean agreesWithPage, String explanation) implements Span {

    public enum Kind {
        /** A title held at the time of writing: "premier Mark Rutte" (the knowledge base knows when). */
        OFFICE,
        /** A title in a sentence the text dates itself ("verkenners X en Y … in 2021"): dates that sentence only. */
        OFFICE_IN_DATED_SENTENCE,
        /** A title the knowledge base has no period for: not counted. */
        UNVERIFIED_OFFICE,
        /** A weekday with a date but no year ("vrijdag 19 maart"): only some years fit. */
        WEEKDAY_DATE,
        /** A date with its year, told in the past tense: the text was written after it. */
        PAST_DATE;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Whether the clue bears on when the text was written. */
    public boolean counts() {
        return (kind == Kind.OFFICE || kind == Kind.WEEKDAY_DATE || kind == Kind.PAST_DATE) && !supports.isEmpty();
    }
}
