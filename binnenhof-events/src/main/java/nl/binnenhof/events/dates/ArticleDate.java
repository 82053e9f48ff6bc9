package nl.binnenhof.events.dates;

import java.time.DateTimeException;
import java.time.LocalDate;

import nl.binnenhof.kb.DateRange;

/**
 * The date an article's page carries, the anchor of every relative date in it, with its real precision:
 * "2024-11-15" is a day, "2023-07" only a month.
 *
 * @param written the date as the source gives it, or null
 */
public record ArticleDate(String written, DateRange range, Precision precision) {
    public static final ArticleDate NONE = new ArticleDate(null, DateRange.ALWAYS, Precision.UNKNOWN);

    /** The anchor for a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"; {@link #NONE} for null or junk. */
    public static ArticleDate of(String date) {
        if (date == null || date.isBlank()) {
            return NONE;
        }
        String d = date.strip();
        // by hand rather than with a date formatter: every stage asks this of every article
        try {
            int year = Integer.parseInt(d.substring(0, 4));
            if (d.length() == 4) {
                return new ArticleDate(d, new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)),
                        Precision.YEAR);
            }
            int month = d.charAt(4) == '-' ? Integer.parseInt(d.substring(5, 7)) : -1;
            if (d.length() == 7) {
                LocalDate first = LocalDate.of(year, month, 1);
                return new ArticleDate(d, new DateRange(first, first.withDayOfMonth(first.lengthOfMonth())),
                        Precision.MONTH);
            }
            if (d.length() >= 10 && d.charAt(7) == '-') {
                LocalDate day = LocalDate.of(year, month, Integer.parseInt(d.substring(8, 10)));
                return new ArticleDate(d.substring(0, 10), new DateRange(day, day), Precision.DAY);
            }
            return NONE;
        } catch (NumberFormatException | IndexOutOfBoundsException | DateTimeException e) {
            return NONE;
        }
    }

    public boolean known() {
        return precision != Precision.UNKNOWN;
    }

    public boolean exactDay() {
        return precision == Precision.DAY;
    }

    /** The article's own date as a value, for events that carry no date of their own. */
    public TimeValue value() {
        if (!known()) {
            return TimeValue.unknown(null, "the article has no date");
        }
        String note = exactDay() ? null : "the date of the article, which is dated only " + written;
        return TimeValue.between(range.from(), range.to(), null, null, note);
    }
}
