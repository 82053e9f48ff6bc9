package nl.binnenhof.events.dates;

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
        try {
            DateRange range = DateRange.parse(d);
            Precision precision = switch (d.length()) {
                case 4 -> Precision.YEAR;
                case 7 -> Precision.MONTH;
                default -> Precision.DAY;
            };
            return new ArticleDate(d, range, precision);
        } catch (IllegalArgumentException e) {
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
