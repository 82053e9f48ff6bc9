package nl.binnenhof.events.dates;

import java.util.Locale;

/**
 * How precisely a date is really known, finest first. A weekday resolved against an article dated only
 * "2023-07" is a day in the text, but known only to the month: its precision is {@link #MONTH}.
 */
public enum Precision {
    PART_OF_DAY, DAY, WEEK, MONTH, YEAR, UNKNOWN;

    /** The name used in the JSON output: "part-of-day", "day", ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
