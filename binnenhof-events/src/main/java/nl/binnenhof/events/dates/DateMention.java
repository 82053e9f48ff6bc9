package nl.binnenhof.events.dates;

import java.time.DayOfWeek;

/**
 * What a date expression says, before it is resolved against the article's date. Each kind keeps only
 * what the words give; {@link DateResolver} turns it into a {@link TimeValue}.
 */
public sealed interface DateMention {

    /** Whether the words fix the date on their own, without the article's date ("5 maart 2012", "in 2021"). */
    boolean absolute();

    /** "5 maart 2012", "28 maart", "dinsdagochtend 3 juni": year and weekday when written, else null. */
    record CalendarDate(Integer year, int month, int day, DayOfWeek weekday, PartOfDay part) implements DateMention {
        @Override
        public boolean absolute() {
            return year != null;
        }
    }

    /** "in juni", "juni 2023", "begin oktober 2010": year and phase when written, else null. */
    record MonthOfYear(Integer year, int month, Phase phase) implements DateMention {
        @Override
        public boolean absolute() {
            return year != null;
        }
    }

    /** "in 2021", "eind 2021", "de zomer van 2012" (season null when the whole year is meant). */
    record YearNumber(int year, Phase phase, Season season) implements DateMention {
        @Override
        public boolean absolute() {
            return true;
        }
    }

    /**
     * "donderdag", "woensdagavond", "aanstaande vrijdag", "volgende week donderdag".
     *
     * @param direction  which occurrence: decided by the tense, or fixed by a word such as "afgelopen"
     * @param weekOffset weeks from the article's week when the text names the week, else 0
     */
    record Weekday(DayOfWeek day, PartOfDay part, Direction direction, int weekOffset) implements DateMention {
        @Override
        public boolean absolute() {
            return false;
        }
    }

    /** "vandaag", "gisteravond", "morgen", "vannacht": days from the article's day, per tense. */
    record DayOffset(int offsetIfPast, int offsetIfFuture, PartOfDay part) implements DateMention {
        @Override
        public boolean absolute() {
            return false;
        }
    }

    /** "deze week", "vorige maand", "volgend jaar", "afgelopen zomer". */
    record CalendarOffset(CalendarUnit unit, int offset) implements DateMention {
        @Override
        public boolean absolute() {
            return false;
        }
    }

    /** "de komende dag", "de afgelopen dagen": days around the article's day. */
    record DaySpan(int firstDay, int lastDay) implements DateMention {
        @Override
        public boolean absolute() {
            return false;
        }
    }

    /** "vierenhalf jaar geleden" (sign -1), "over twee weken" (sign +1). */
    record Elapsed(double amount, TimeUnit unit, int sign) implements DateMention {
        @Override
        public boolean absolute() {
            return false;
        }
    }

    /** Which occurrence of a weekday is meant. */
    enum Direction { BY_TENSE, NEXT, LAST }

    /** The units of {@link CalendarOffset}. */
    enum CalendarUnit {
        WEEK, WEEKEND, MONTH, YEAR, SPRING, SUMMER, AUTUMN, WINTER;

        /** The season this unit is, or null for the other units. */
        Season season() {
            return switch (this) {
                case SPRING -> Season.SPRING;
                case SUMMER -> Season.SUMMER;
                case AUTUMN -> Season.AUTUMN;
                case WINTER -> Season.WINTER;
                default -> null;
            };
        }
    }

    /** The seasons, as months of a year (winter runs into the next year). */
    enum Season {
        SPRING(3), SUMMER(6), AUTUMN(9), WINTER(12);

        final int firstMonth;

        Season(int firstMonth) {
            this.firstMonth = firstMonth;
        }
    }

    /** The units of {@link Elapsed}. */
    enum TimeUnit { DAYS, WEEKS, MONTHS, YEARS }
}
