package nl.binnenhof.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article dates as days. An article's date is as precise as its source: a year, a month or a day. It is indexed
 * at its first day, and a range given by a user ends at the last day of what they wrote, so "--from 2023-07
 * --to 2023-07" means all of July.
 */
public final class Days {
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private Days() {
    }

    /** The first day of a date given as YYYY, YYYY-MM or YYYY-MM-DD; null when null or not such a date. */
    public static LocalDate firstDay(String date) {
        return parse(date, false);
    }

    /** The last day of a date given as YYYY, YYYY-MM or YYYY-MM-DD; null when null or not such a date. */
    public static LocalDate lastDay(String date) {
        return parse(date, true);
    }

    /**
     * A user's date bound, strictly: YYYY, YYYY-MM or YYYY-MM-DD.
     *
     * @throws IllegalArgumentException with a message for the user when it is not such a date
     */
    public static LocalDate bound(String date, boolean last) {
        LocalDate day = parse(date, last);
        if (day == null) {
            throw new IllegalArgumentException("not a date: \"" + date + "\"; give YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return day;
    }

    private static LocalDate parse(String date, boolean last) {
        if (date == null) {
            return null;
        }
        Matcher m = DATE.matcher(date.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return last ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return last ? month.atEndOfMonth() : month.atDay(1);
            }
            return month.atDay(Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
