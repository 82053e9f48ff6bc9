package nl.binnenhof.events.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

import nl.binnenhof.kb.DateRange;

/**
 * A resolved date, never claiming more than is known: the range of days it can be, the value in TimeML's
 * TIMEX3 notation ("2024-11-14", "2024-11-14TEV", "2024-W46", "2023-07", "2023", "XXXX-03-28" for a day
 * whose year is unknown) or as an ISO 8601 interval ("2023-06-01/2023-06-10") when no calendar unit fits,
 * and the precision that the range really has.
 *
 * @param value     TIMEX3 value or ISO interval; null when nothing is known
 * @param earliest  first possible day, or null when unknown
 * @param latest    last possible day, or null when unknown
 * @param weekday   the weekday the text names ("donderdag"), when it names one
 * @param partOfDay the part of the day the text names ("woensdagavond"), or null
 * @param note      why the value is less precise than the words, or null
 */
public record TimeValue(String value, Precision precision, LocalDate earliest, LocalDate latest, DayOfWeek weekday,
                        PartOfDay partOfDay, String note) {

    /** A date that cannot be placed; the value may still say what is known ("XXXX-03-28"). */
    public static TimeValue unknown(String value, String note) {
        return new TimeValue(value, Precision.UNKNOWN, null, null, null, null, note);
    }

    /** The days from earliest to latest, inclusive, with the value and precision that range supports. */
    public static TimeValue between(LocalDate earliest, LocalDate latest, DayOfWeek weekday, PartOfDay part,
                                    String note) {
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("empty range " + earliest + ".." + latest);
        }
        if (earliest.equals(latest)) {
            String value = part == null ? earliest.toString() : earliest + part.timexSuffix();
            return new TimeValue(value, part == null ? Precision.DAY : Precision.PART_OF_DAY, earliest, latest,
                    weekday, part, note);
        }
        long days = ChronoUnit.DAYS.between(earliest, latest) + 1;
        Unit unit = smallestUnitContaining(earliest, latest);
        // a unit much wider than the range would hide what is known ("begin juni" is not all of June)
        if (unit != null && unit.days <= 2 * days) {
            return new TimeValue(unit.value, unit.precision, earliest, latest, weekday, part, note);
        }
        return new TimeValue(earliest + "/" + latest, byLength(days), earliest, latest, weekday, part, note);
    }

    public boolean known() {
        return earliest != null;
    }

    /** Whether exactly one day is possible. */
    public boolean exact() {
        return earliest != null && earliest.equals(latest);
    }

    public DateRange range() {
        return known() ? new DateRange(earliest, latest) : DateRange.ALWAYS;
    }

    public TimeValue withNote(String newNote) {
        return new TimeValue(value, precision, earliest, latest, weekday, partOfDay, newNote);
    }

    private record Unit(String value, Precision precision, long days) {
    }

    private static Unit smallestUnitContaining(LocalDate a, LocalDate b) {
        if (ChronoUnit.DAYS.between(a, b) < 7 && a.get(IsoFields.WEEK_BASED_YEAR) == b.get(IsoFields.WEEK_BASED_YEAR)
                && a.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == b.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) {
            String week = String.format("%d-W%02d", a.get(IsoFields.WEEK_BASED_YEAR),
                    a.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            return new Unit(week, Precision.WEEK, 7);
        }
        if (a.getYear() == b.getYear() && a.getMonth() == b.getMonth()) {
            return new Unit(String.format("%d-%02d", a.getYear(), a.getMonthValue()), Precision.MONTH,
                    a.lengthOfMonth());
        }
        if (a.getYear() == b.getYear()) {
            return new Unit(Integer.toString(a.getYear()), Precision.YEAR, a.lengthOfYear());
        }
        return null;
    }

    private static Precision byLength(long days) {
        if (days <= 10) {
            return Precision.WEEK;
        }
        if (days <= 45) {
            return Precision.MONTH;
        }
        return days <= 400 ? Precision.YEAR : Precision.UNKNOWN;
    }
}
