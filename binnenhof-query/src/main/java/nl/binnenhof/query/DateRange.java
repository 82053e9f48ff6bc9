package nl.binnenhof.query;

import java.time.LocalDate;

import nl.binnenhof.store.Days;

/**
 * Days from {@code from} to {@code to}, both included; either may be null for an open end.
 */
public record DateRange(LocalDate from, LocalDate to) {
    public static final DateRange ALL = new DateRange(null, null);

    public DateRange {
        if (from != null && to != null && from.isAfter(to)) {
            throw new QueryException("the date range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /**
     * A range from a user's bounds, each YYYY, YYYY-MM or YYYY-MM-DD or null: from the first day of
     * {@code from} to the last day of {@code to}, so "2023-07" to "2023-07" is all of July.
     */
    public static DateRange parse(String from, String to) {
        try {
            return new DateRange(blank(from) ? null : Days.bound(from, false), blank(to) ? null : Days.bound(to, true));
        } catch (IllegalArgumentException e) {
            throw e instanceof QueryException q ? q : new QueryException(e.getMessage());
        }
    }

    public boolean isAll() {
        return from == null && to == null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
