package nl.binnenhof.kb;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A stretch of days, either end open ({@code null}). An article dated "2023-07" is the range of that
 * month: we know no more, and pretending to know the day would be wrong.
 */
public record DateRange(LocalDate from, LocalDate to) {
    public static final DateRange ALWAYS = new DateRange(null, null);

    /** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" into the range of days it stands for; null or blank is ALWAYS. */
    public static DateRange parse(String date) {
        if (date == null || date.isBlank()) {
            return ALWAYS;
        }
        String d = date.strip();
        try {
            return switch (d.length()) {
                case 4 -> new DateRange(LocalDate.of(Integer.parseInt(d), 1, 1), LocalDate.of(Integer.parseInt(d), 12, 31));
                case 7 -> {
                    YearMonth ym = YearMonth.parse(d);
                    yield new DateRange(ym.atDay(1), ym.atEndOfMonth());
                }
                default -> {
                    LocalDate day = LocalDate.parse(d.substring(0, 10));
                    yield new DateRange(day, day);
                }
            };
        } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): " + date, e);
        }
    }

    public static DateRange between(String from, String to) {
        return new DateRange(day(from), day(to));
    }

    private static LocalDate day(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    }

    public boolean overlaps(DateRange other) {
        boolean startsBeforeOtherEnds = from == null || other.to == null || !from.isAfter(other.to);
        boolean endsAfterOtherStarts = to == null || other.from == null || !to.isBefore(other.from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** This range widened by some years on both sides. */
    public DateRange widen(int years) {
        return new DateRange(from == null ? null : from.minusYears(years), to == null ? null : to.plusYears(years));
    }

    public boolean isAlways() {
        return from == null && to == null;
    }
}
