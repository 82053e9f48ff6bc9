package nl.binnenhof.events.dates;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

import nl.binnenhof.events.dates.DateLexicon.Phrase;
import nl.binnenhof.events.dates.DateLexicon.WeekdayWord;
import nl.binnenhof.events.dates.DateMention.CalendarDate;
import nl.binnenhof.events.dates.DateMention.CalendarOffset;
import nl.binnenhof.events.dates.DateMention.CalendarUnit;
import nl.binnenhof.events.dates.DateMention.Direction;
import nl.binnenhof.events.dates.DateMention.Elapsed;
import nl.binnenhof.events.dates.DateMention.MonthOfYear;
import nl.binnenhof.events.dates.DateMention.Season;
import nl.binnenhof.events.dates.DateMention.TimeUnit;
import nl.binnenhof.events.dates.DateMention.Weekday;
import nl.binnenhof.events.dates.DateMention.YearNumber;

/**
 * Reads date expressions off a run of lower-cased tokens, longest reading first at every position:
 * <pre>
 *   relative phrase          vannacht · volgende week · de komende dag · deze zomer [van 2012]
 *   named week + weekday     volgende week donderdag
 *   weekday [+ date]         [aanstaande] donderdag · woensdagavond · dinsdagochtend 3 juni [2025]
 *   night of                 (de) nacht van donderdag op vrijdag
 *   date                     5 maart 2012 · 28 maart
 *   month                    [begin|half|eind] juni [2023]
 *   year                     [begin|eind] 2021, after a preposition ("in 2021") or before punctuation
 *   elapsed                  twee jaar geleden · vierenhalf jaar geleden · over drie weken
 * </pre>
 * Prepositions ("in", "op") are not part of an expression, as in TimeML.
 */
final class ExpressionReader {
    /** An expression over tokens {@code first..end-1}. */
    record Found(int first, int end, DateMention mention) {
    }

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2099;

    private final DateLexicon words;

    ExpressionReader(DateLexicon words) {
        this.words = words;
    }

    /**
     * The expressions in tokens {@code from..to-1} (one sentence).
     *
     * @param lower  the lower-cased tokens of the article
     * @param punct  whether each token is punctuation
     */
    List<Found> read(String[] lower, boolean[] punct, int from, int to) {
        List<Found> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            Found f = readAt(lower, punct, i, to);
            if (f == null) {
                i++;
            } else {
                found.add(f);
                i = f.end();
            }
        }
        return found;
    }

    private Found readAt(String[] lower, boolean[] punct, int i, int to) {
        Found f = relativePhrase(lower, punct, i, to);
        if (f == null) {
            f = weekday(lower, punct, i, to);
        }
        if (f == null) {
            f = nightOf(lower, i, to);
        }
        if (f == null) {
            f = calendarDate(lower, punct, i, to, null, null, i);
        }
        if (f == null) {
            f = month(lower, punct, i, to);
        }
        if (f == null) {
            f = year(lower, punct, i, to);
        }
        if (f == null) {
            f = elapsed(lower, i, to);
        }
        return f;
    }

    private Found relativePhrase(String[] lower, boolean[] punct, int i, int to) {
        Phrase p = words.phraseAt(lower, i, to);
        if (p == null) {
            return null;
        }
        int end = i + p.words().length;
        if (p.meaning() instanceof CalendarOffset c) {
            if (c.unit() == CalendarUnit.WEEK && end < to) {
                WeekdayWord w = words.weekdayWord(lower[end]);
                if (w != null) {
                    return new Found(i, end + 1, new Weekday(w.day(), w.part(), Direction.BY_TENSE, c.offset()));
                }
            }
            boolean season = c.unit().ordinal() >= CalendarUnit.SPRING.ordinal();
            Integer year = end + 1 < to && lower[end].equals("van") ? year(lower[end + 1]) : null;
            if (season && year != null) {
                return new Found(i, end + 2, new YearNumber(year, null, Season.valueOf(c.unit().name())));
            }
        }
        return new Found(i, end, p.meaning());
    }

    private Found weekday(String[] lower, boolean[] punct, int i, int to) {
        Direction direction = words.directions.get(lower[i]);
        int at = direction == null ? i : i + 1;
        if (at >= to) {
            return null;
        }
        WeekdayWord w = words.weekdayWord(lower[at]);
        if (w == null) {
            return null;
        }
        if (direction == null) {
            Found date = calendarDate(lower, punct, at + 1, to, w.day(), w.part(), i);
            if (date != null) {
                return date;
            }
        }
        return new Found(i, at + 1, new Weekday(w.day(), w.part(), direction == null ? Direction.BY_TENSE : direction, 0));
    }

    /** "(de) nacht van donderdag op vrijdag": the night of the first day. */
    private Found nightOf(String[] lower, int i, int to) {
        int at = lower[i].equals("de") ? i + 1 : i;
        if (at + 4 >= to) {
            return null;
        }
        if (!lower[at].equals("nacht") || !lower[at + 1].equals("van") || !lower[at + 3].equals("op")) {
            return null;
        }
        WeekdayWord first = words.weekdayWord(lower[at + 2]);
        WeekdayWord second = words.weekdayWord(lower[at + 4]);
        if (first == null || second == null) {
            return null;
        }
        return new Found(i, at + 5, new Weekday(first.day(), PartOfDay.NIGHT, Direction.BY_TENSE, 0));
    }

    /** "5 maart [2012]" at {@code i}; the expression starts at {@code start} (a weekday before it). */
    private Found calendarDate(String[] lower, boolean[] punct, int i, int to, DayOfWeek weekday, PartOfDay part,
                               int start) {
        if (i + 1 >= to || !isDigits(lower[i], 2)) {
            return null;
        }
        Integer month = words.months.get(lower[i + 1]);
        int day = Integer.parseInt(lower[i]);
        if (month == null || day < 1 || day > Month.of(month).maxLength()) {
            return null;
        }
        Integer year = i + 2 < to ? year(lower[i + 2]) : null;
        if (year != null && day > Month.of(month).length(java.time.Year.isLeap(year))) {
            return null;
        }
        int end = year == null ? i + 2 : i + 3;
        return new Found(start, end, new CalendarDate(year, month, day, weekday, part));
    }

    private Found month(String[] lower, boolean[] punct, int i, int to) {
        Phase phase = words.phases.get(lower[i]);
        int at = phase == null ? i : i + 1;
        if (at >= to) {
            return null;
        }
        Integer month = words.months.get(lower[at]);
        if (month == null) {
            return null;
        }
        Integer year = at + 1 < to ? year(lower[at + 1]) : null;
        return new Found(i, year == null ? at + 1 : at + 2, new MonthOfYear(year, month, phase));
    }

    private Found year(String[] lower, boolean[] punct, int i, int to) {
        Phase phase = words.phases.get(lower[i]);
        int at = phase == null ? i : i + 1;
        if (at >= to) {
            return null;
        }
        Integer year = year(lower[at]);
        if (year == null) {
            return null;
        }
        boolean introduced = phase != null || (at > 0 && words.yearPrepositions.contains(lower[at - 1]));
        boolean standsAlone = at + 1 >= punct.length || punct[at + 1];
        if (!introduced && !standsAlone) {
            return null;
        }
        return new Found(i, at + 1, new YearNumber(year, phase, null));
    }

    /** "twee jaar geleden", "een paar dagen geleden", "over drie weken". */
    private Found elapsed(String[] lower, int i, int to) {
        int sign = -1;
        int at = i;
        if (lower[i].equals("over")) {
            sign = 1;
            at++;
        }
        if (at >= to) {
            return null;
        }
        Double amount = number(lower[at]);
        if (amount == null) {
            return null;
        }
        at++;
        if (at < to && lower[at - 1].equals("een") && lower[at].equals("paar")) {
            amount = words.numbers.get("paar");
            at++;
        }
        if (at >= to) {
            return null;
        }
        TimeUnit unit = words.units.get(lower[at]);
        if (unit == null) {
            return null;
        }
        at++;
        if (sign < 0) {
            if (at >= to || !lower[at].equals("geleden")) {
                return null;
            }
            at++;
        }
        return new Found(i, at, new Elapsed(amount, unit, sign));
    }

    private Double number(String word) {
        if (isDigits(word, 3)) {
            return Double.valueOf(word);
        }
        return words.numbers.get(word);
    }

    private static Integer year(String word) {
        if (word.length() != 4 || !isDigits(word, 4)) {
            return null;
        }
        int y = Integer.parseInt(word);
        return y >= FIRST_YEAR && y <= LAST_YEAR ? y : null;
    }

    private static boolean isDigits(String word, int maxLength) {
        if (word.isEmpty() || word.length() > maxLength) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (!Character.isDigit(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
