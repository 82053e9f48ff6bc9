package nl.binnenhof.events.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.binnenhof.events.dates.DateMention.CalendarDate;
import nl.binnenhof.events.dates.DateMention.CalendarOffset;
import nl.binnenhof.events.dates.DateMention.DayOffset;
import nl.binnenhof.events.dates.DateMention.DaySpan;
import nl.binnenhof.events.dates.DateMention.Elapsed;
import nl.binnenhof.events.dates.DateMention.MonthOfYear;
import nl.binnenhof.events.dates.DateMention.Season;
import nl.binnenhof.events.dates.DateMention.Weekday;
import nl.binnenhof.events.dates.DateMention.YearNumber;

/**
 * Resolves what a date expression says against the article's date, keeping only the precision that is
 * really known. The conventions (documented in the module README):
 * <ul>
 *   <li>A bare weekday: in a past-tense clause the latest such day on or before the article's day ("zei
 *       donderdag"), in a future or present clause the first on or after it ("gaat donderdag verder"),
 *       with no tense the nearest one (at most three days away). "Aanstaande", "afgelopen" and a named
 *       week ("volgende week donderdag") fix the day whatever the tense.</li>
 *   <li>A date or month without a year: its occurrence before the article (past tense), after it (future),
 *       or nearest to it (no tense).</li>
 *   <li>An article dated only by month or year: the expression is resolved for its first and last possible
 *       day, and the value is the range of days in between. A weekday or a day named relative to the
 *       article's day ("gisteren", "vannacht") is taken to lie in the article's own month.</li>
 * </ul>
 */
public final class DateResolver {
    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final int LEAP_YEAR_CYCLE = 4;

    private DateResolver() {
    }

    /**
     * @param text the expression as written, for notes
     */
    public static TimeValue resolve(DateMention mention, ArticleDate anchor, Tense tense, String text) {
        return switch (mention) {
            case CalendarDate c -> calendarDate(c, anchor, tense, text);
            case MonthOfYear m -> monthOfYear(m, anchor, tense, text);
            case YearNumber y -> yearNumber(y);
            default -> relative(mention, anchor, tense, text);
        };
    }

    private static TimeValue calendarDate(CalendarDate c, ArticleDate anchor, Tense tense, String text) {
        LocalDate day;
        if (c.year() != null) {
            day = LocalDate.of(c.year(), c.month(), c.day());
        } else if (!anchor.known()) {
            return TimeValue.unknown(String.format("XXXX-%02d-%02d", c.month(), c.day()),
                    "'" + text + "': the year is unknown, the article has no date");
        } else {
            List<LocalDate[]> candidates = occurrences(c, anchor, 1);
            if (candidates.isEmpty()) {
                candidates = occurrences(c, anchor, LEAP_YEAR_CYCLE); // 29 February, years from any leap year
            }
            day = choose(candidates, anchor, tense)[0];
        }
        String note = null;
        if (c.weekday() != null && day.getDayOfWeek() != c.weekday()) {
            note = "'" + text + "': " + day + " is a " + englishName(day.getDayOfWeek()) + ", not a "
                    + englishName(c.weekday());
        }
        return TimeValue.between(day, day, c.weekday(), c.part(), note);
    }

    /** The days a date without a year can be, in the article's years and {@code reach} years around them. */
    private static List<LocalDate[]> occurrences(CalendarDate c, ArticleDate anchor, int reach) {
        List<LocalDate[]> out = new ArrayList<>();
        for (int y = anchor.range().from().getYear() - reach; y <= anchor.range().to().getYear() + reach; y++) {
            if (c.day() <= Month.of(c.month()).length(Year.isLeap(y))) {
                LocalDate d = LocalDate.of(y, c.month(), c.day());
                out.add(new LocalDate[] {d, d});
            }
        }
        return out;
    }

    private static TimeValue monthOfYear(MonthOfYear m, ArticleDate anchor, Tense tense, String text) {
        if (m.year() != null) {
            LocalDate[] r = phaseOfMonth(m.year(), m.month(), m.phase());
            return TimeValue.between(r[0], r[1], null, null, null);
        }
        if (!anchor.known()) {
            return TimeValue.unknown(String.format("XXXX-%02d", m.month()),
                    "'" + text + "': the year is unknown, the article has no date");
        }
        List<LocalDate[]> candidates = new ArrayList<>();
        for (int y = anchor.range().from().getYear() - 1; y <= anchor.range().to().getYear() + 1; y++) {
            candidates.add(phaseOfMonth(y, m.month(), m.phase()));
        }
        LocalDate[] r = choose(candidates, anchor, tense);
        return TimeValue.between(r[0], r[1], null, null, null);
    }

    private static TimeValue yearNumber(YearNumber y) {
        LocalDate[] r = y.season() != null ? season(y.year(), y.season()) : phaseOfYear(y.year(), y.phase());
        return TimeValue.between(r[0], r[1], null, null, null);
    }

    private static TimeValue relative(DateMention mention, ArticleDate anchor, Tense tense, String text) {
        if (!anchor.known()) {
            return TimeValue.unknown(null, "'" + text + "' is relative and the article has no date");
        }
        LocalDate[] first = at(mention, anchor.range().from(), tense);
        LocalDate[] last = at(mention, anchor.range().to(), tense);
        LocalDate earliest = first[0];
        LocalDate latest = last[1];
        if (!anchor.exactDay() && nearTheArticleDay(mention)) {
            LocalDate from = max(earliest, anchor.range().from());
            LocalDate to = min(latest, anchor.range().to());
            if (mention instanceof Weekday w) {
                from = from.with(TemporalAdjusters.nextOrSame(w.day()));
                to = to.with(TemporalAdjusters.previousOrSame(w.day()));
            }
            if (!to.isBefore(from)) {
                earliest = from;
                latest = to;
            }
        }
        DayOfWeek weekday = mention instanceof Weekday w ? w.day() : null;
        PartOfDay part = switch (mention) {
            case Weekday w -> w.part();
            case DayOffset d -> d.part();
            default -> null;
        };
        TimeValue value = TimeValue.between(earliest, latest, weekday, part, null);
        boolean anchorMattered = !first[0].equals(last[0]) || !first[1].equals(last[1]);
        if (anchor.exactDay() || value.exact() || !anchorMattered) {
            return value;
        }
        String what = weekday == null ? "relative to an article dated only " + anchor.written()
                : "a " + englishName(weekday) + (part == null ? "" : " " + part.label()) + " in " + value.value()
                        + " (the article is dated only " + anchor.written() + ")";
        return value.withNote("'" + text + "': " + what + ", day unknown");
    }

    /** Weekdays of the article's own week and days counted from the article's day (not weeks or months). */
    private static boolean nearTheArticleDay(DateMention mention) {
        return (mention instanceof Weekday w && w.weekOffset() == 0) || mention instanceof DayOffset
                || (mention instanceof DaySpan s && Math.max(Math.abs(s.firstDay()), Math.abs(s.lastDay())) <= 3);
    }

    /** The days a relative expression means when the article's day is {@code p}. */
    static LocalDate[] at(DateMention mention, LocalDate p, Tense tense) {
        return switch (mention) {
            case Weekday w -> day(weekday(w, p, tense));
            case DayOffset d -> day(p.plusDays(tense == Tense.FUTURE ? d.offsetIfFuture() : d.offsetIfPast()));
            case DaySpan s -> new LocalDate[] {p.plusDays(s.firstDay()), p.plusDays(s.lastDay())};
            case CalendarOffset c -> calendarOffset(c, p);
            case Elapsed e -> elapsed(e, p);
            default -> throw new IllegalArgumentException("not relative: " + mention);
        };
    }

    private static LocalDate weekday(Weekday w, LocalDate p, Tense tense) {
        if (w.weekOffset() != 0) {
            return p.with(DayOfWeek.MONDAY).plusWeeks(w.weekOffset()).with(TemporalAdjusters.nextOrSame(w.day()));
        }
        return switch (w.direction()) {
            case NEXT -> p.with(TemporalAdjusters.next(w.day()));
            case LAST -> p.with(TemporalAdjusters.previous(w.day()));
            case BY_TENSE -> switch (tense) {
                case PAST -> p.with(TemporalAdjusters.previousOrSame(w.day()));
                case FUTURE -> p.with(TemporalAdjusters.nextOrSame(w.day()));
                case UNKNOWN -> nearest(p, w.day());
            };
        };
    }

    private static LocalDate nearest(LocalDate p, DayOfWeek day) {
        LocalDate before = p.with(TemporalAdjusters.previousOrSame(day));
        LocalDate after = p.with(TemporalAdjusters.nextOrSame(day));
        return ChronoUnit.DAYS.between(before, p) <= ChronoUnit.DAYS.between(p, after) ? before : after;
    }

    private static LocalDate[] calendarOffset(CalendarOffset c, LocalDate p) {
        int k = c.offset();
        return switch (c.unit()) {
            case WEEK -> {
                LocalDate monday = p.with(DayOfWeek.MONDAY).plusWeeks(k);
                yield new LocalDate[] {monday, monday.plusDays(6)};
            }
            case WEEKEND -> weekend(p, k);
            case MONTH -> {
                LocalDate first = p.withDayOfMonth(1).plusMonths(k);
                yield new LocalDate[] {first, first.withDayOfMonth(first.lengthOfMonth())};
            }
            case YEAR -> phaseOfYear(p.getYear() + k, null);
            default -> seasonAround(p, c.unit().season(), k);
        };
    }

    private static LocalDate[] weekend(LocalDate p, int k) {
        LocalDate saturday = p.with(DayOfWeek.MONDAY).plusDays(5);
        if (k < 0) {
            saturday = p.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY)).minusDays(1);
        } else if (k > 0) {
            saturday = p.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        }
        return new LocalDate[] {saturday, saturday.plusDays(1)};
    }

    /** This year's season (0), the latest one ended before p (-1), or the first one begun after p (+1). */
    private static LocalDate[] seasonAround(LocalDate p, Season s, int k) {
        if (k == 0) {
            return season(s == Season.WINTER && p.getMonthValue() <= 2 ? p.getYear() - 1 : p.getYear(), s);
        }
        for (int y = k < 0 ? p.getYear() : p.getYear() - 1; ; y += k < 0 ? -1 : 1) {
            LocalDate[] r = season(y, s);
            if (k < 0 ? r[1].isBefore(p) : r[0].isAfter(p)) {
                return r;
            }
        }
    }

    private static LocalDate[] elapsed(Elapsed e, LocalDate p) {
        long halfWidth;
        LocalDate centre;
        switch (e.unit()) {
            case DAYS -> {
                centre = p.plusDays(Math.round(e.sign() * e.amount()));
                halfWidth = 0;
            }
            case WEEKS -> {
                centre = p.plusDays(Math.round(e.sign() * e.amount() * 7));
                halfWidth = 3;
            }
            case MONTHS -> {
                centre = p.plusDays(Math.round(e.sign() * e.amount() * 30.44));
                halfWidth = 15;
            }
            default -> {
                centre = p.plusMonths(Math.round(e.sign() * e.amount() * 12));
                halfWidth = 182;
            }
        }
        return new LocalDate[] {centre.minusDays(halfWidth), centre.plusDays(halfWidth)};
    }

    /**
     * Among the possible occurrences of a date without a year: the latest that starts by the end of the
     * article's range (past), the earliest that ends after its start (future), else the nearest.
     */
    private static LocalDate[] choose(List<LocalDate[]> candidates, ArticleDate anchor, Tense tense) {
        LocalDate from = anchor.range().from();
        LocalDate to = anchor.range().to();
        LocalDate[] chosen = null;
        if (tense == Tense.PAST) {
            for (LocalDate[] c : candidates) {
                if (!c[0].isAfter(to) && (chosen == null || c[0].isAfter(chosen[0]))) {
                    chosen = c;
                }
            }
        } else if (tense == Tense.FUTURE) {
            for (LocalDate[] c : candidates) {
                if (!c[1].isBefore(from) && (chosen == null || c[1].isBefore(chosen[1]))) {
                    chosen = c;
                }
            }
        }
        if (chosen != null) {
            return chosen;
        }
        long best = Long.MAX_VALUE;
        for (LocalDate[] c : candidates) {
            long distance = c[1].isBefore(from) ? ChronoUnit.DAYS.between(c[1], from)
                    : c[0].isAfter(to) ? ChronoUnit.DAYS.between(to, c[0]) : 0;
            if (distance < best) {
                best = distance;
                chosen = c;
            }
        }
        return chosen;
    }

    static LocalDate[] phaseOfMonth(int year, int month, Phase phase) {
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate last = first.withDayOfMonth(first.lengthOfMonth());
        if (phase == null) {
            return new LocalDate[] {first, last};
        }
        return switch (phase) {
            case EARLY -> new LocalDate[] {first, first.withDayOfMonth(10)};
            case MIDDLE -> new LocalDate[] {first.withDayOfMonth(11), first.withDayOfMonth(20)};
            case LATE -> new LocalDate[] {first.withDayOfMonth(21), last};
        };
    }

    static LocalDate[] phaseOfYear(int year, Phase phase) {
        if (phase == null) {
            return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        }
        return switch (phase) {
            case EARLY -> new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 30)};
            case MIDDLE -> new LocalDate[] {LocalDate.of(year, 5, 1), LocalDate.of(year, 8, 31)};
            case LATE -> new LocalDate[] {LocalDate.of(year, 9, 1), LocalDate.of(year, 12, 31)};
        };
    }

    static LocalDate[] season(int year, Season s) {
        LocalDate first = LocalDate.of(year, s.firstMonth, 1);
        LocalDate next = first.plusMonths(3);
        return new LocalDate[] {first, next.minusDays(1)};
    }

    private static LocalDate[] day(LocalDate d) {
        return new LocalDate[] {d, d};
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static String englishName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, ENGLISH);
    }
}
