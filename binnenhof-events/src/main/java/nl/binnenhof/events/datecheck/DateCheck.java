package nl.binnenhof.events.datecheck;

import java.util.List;
import java.util.Locale;

import nl.binnenhof.kb.DateRange;

/**
 * Whether the date a page carries fits what its text says: the text's own dates and the offices its persons
 * hold according to the knowledge base.
 *
 * @param pageDate the date the page carries, or null
 * @param estimate the period the evidence supports best (when the page date is contradicted or missing,
 *                 the best estimate of when the text was written; for a retrospective, the period it
 *                 reports on); null when there is no evidence
 * @param note     the verdict in words, naming the evidence
 */
public record DateCheck(String pageDate, Verdict verdict, DateRange estimate, List<DateEvidence> evidence,
                        String note) {

    public enum Verdict {
        /** The evidence agrees with the page date (or does not contradict it). */
        CONSISTENT,
        /** The text tells of earlier events and names their years; the page date may still be right. */
        RETROSPECTIVE,
        /** The evidence points to another period and the text gives no sign of looking back. */
        CONTRADICTED,
        /** The page carries no date; the estimate is all there is. */
        NO_PAGE_DATE;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public boolean flagged() {
        return verdict == Verdict.CONTRADICTED;
    }
}
