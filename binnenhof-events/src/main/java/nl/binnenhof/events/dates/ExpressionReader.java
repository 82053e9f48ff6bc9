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
import nl.binnenhof.events.dates.DateMention.TimeUnit;
import nl.binnenhof.events.dates.DateMention.Weekday;
import nl.binnenhof.events.dates.DateMention.YearNumber;
import nl.binnenhof.events.words.LowerCaseWords;
import nl.binnenhof.text.Token;

/**
 * Reads date expressions off the tokens of a sentence, longest reading first at every position:
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
     * @param w      the article's tokens in lower case
     * @param tokens the article's tokens
     */
    List<Found> read(LowerCaseWords w, List<Token> tokens, int from, int to) {
        List<Found> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            Found f = words.mayStartExpression(w.get(i)) ? readAt(w, tokens, i, to) : null;
            if (f == null) {
                i++;
            } else {
                found.add(f);
                i = f.end();
            }
        }
        return found;
    }

    private Found readAt(LowerCaseWords w, List<Token> tokens, int i, int to) {
        Found f = relativePhrase(w, tokens, i, to);
        if (f == null) {
            f = weekday(w, tokens, i, to);
        }
        if (f == null) {
            f = nightOf(w, i, to);
        }
        if (f == null) {
            f = calendarDate(w, tokens, i, to, null, null, i);
        }
        if (f == null) {
            f = month(w, tokens, i, to);
        }
        if (f == null) {
            f = year(w, tokens, i, to);
        }
        if (f == null) {
            f = elapsed(w, i, to);
        }
        return f;
    }

    private Found relativePhrase(LowerCaseWords w, List<Token> tokens, int i, int to) {
        Phrase p = words.phraseAt(w, i, to);
        if (p == null) {
            return null;
        }
        int end = i + p.words().length;
        if (p.meaning() instanceof CalendarOffset c) {
            if (c.unit() == CalendarUnit.WEEK && end < to) {
                WeekdayWord day = words.weekdayWord(w.get(end));
                if (day != null) {
                    return new Found(i, end + 1, new Weekday(day.day(), day.part(), Direction.BY_TENSE, c.offset()));
                }
            }
            Integer year = end + 1 < to && w.get(end).equals("van") ? year(w.get(end + 1)) : null;
            if (c.unit().season() != null && year != null) {
                return new Found(i, end + 2, new YearNumber(year, null, c.unit().season()));
            }
        }
        return new Found(i, end, p.meaning());
    }

    private Found weekday(LowerCaseWords w, List<Token> tokens, int i, int to) {
        Direction direction = words.directions.get(w.get(i));
        int at = direction == null ? i : i + 1;
        if (at >= to) {
            return null;
        }
        WeekdayWord day = words.weekdayWord(w.get(at));
        if (day == null) {
            return null;
        }
        if (direction == null) {
            Found date = calendarDate(w, tokens, at + 1, to, day.day(), day.part(), i);
            if (date != null) {
                return date;
            }
        }
        Direction fixed = direction == null ? Direction.BY_TENSE : direction;
        return new Found(i, at + 1, new Weekday(day.day(), day.part(), fixed, 0));
    }

    /** "(de) nacht van donderdag op vrijdag": the night of the first day. */
    private Found nightOf(LowerCaseWords w, int i, int to) {
        int at = w.get(i).equals("de") ? i + 1 : i;
        if (at + 4 >= to || !w.get(at).equals("nacht")) {
            return null;
        }
        if (!w.get(at + 1).equals("van") || !w.get(at + 3).equals("op")) {
            return null;
        }
        WeekdayWord first = words.weekdayWord(w.get(at + 2));
        WeekdayWord second = words.weekdayWord(w.get(at + 4));
        if (first == null || second == null) {
            return null;
        }
        return new Found(i, at + 5, new Weekday(first.day(), PartOfDay.NIGHT, Direction.BY_TENSE, 0));
    }

    /** "5 maart [2012]" at {@code i}; the expression starts at {@code start} (a weekday before it). */
    private Found calendarDate(LowerCaseWords w, List<Token> tokens, int i, int to, DayOfWeek weekday, PartOfDay part,
                               int start) {
        if (i + 1 >= to || !isDigits(w.get(i), 2)) {
            return null;
        }
        Integer month = words.months.get(w.get(i + 1));
        int day = Integer.parseInt(w.get(i));
        if (month == null || day < 1 || day > Month.of(month).maxLength()) {
            return null;
        }
        Integer year = i + 2 < to ? year(w.get(i + 2)) : null;
        if (year != null && day > Month.of(month).length(java.time.Year.isLeap(year))) {
            return null;
        }
        int end = year == null ? i + 2 : i + 3;
        return new Found(start, end, new CalendarDate(year, month, day, weekday, part));
    }

    private Found month(LowerCaseWords w, List<Token> tokens, int i, int to) {
        Phase phase = words.phases.get(w.get(i));
        int at = phase == null ? i : i + 1;
        if (at >= to) {
            return null;
        }
        Integer month = words.months.get(w.get(at));
        if (month == null) {
            return null;
        }
        Integer year = at + 1 < to ? year(w.get(at + 1)) : null;
        return new Found(i, year == null ? at + 1 : at + 2, new MonthOfYear(year, month, phase));
    }

    private Found year(LowerCaseWords w, List<Token> tokens, int i, int to) {
        Phase phase = words.phases.get(w.get(i));
        int at = phase == null ? i : i + 1;
        if (at >= to) {
            return null;
        }
        Integer year = year(w.get(at));
        if (year == null) {
            return null;
        }
        boolean introduced = phase != null || (at > 0 && words.yearPrepositions.contains(w.get(at - 1)));
        boolean standsAlone = at + 1 >= tokens.size() || tokens.get(at + 1).kind() == Token.Kind.PUNCT;
        if (!introduced && !standsAlone) {
            return null;
        }
        return new Found(i, at + 1, new YearNumber(year, phase, null));
    }

    /** "twee jaar geleden", "een paar dagen geleden", "over drie weken". */
    private Found elapsed(LowerCaseWords w, int i, int to) {
        int sign = -1;
        int at = i;
        if (w.get(i).equals("over")) {
            sign = 1;
            at++;
        }
        if (at >= to) {
            return null;
        }
        Double amount = number(w.get(at));
        if (amount == null) {
            return null;
        }
        at++;
        if (at < to && w.get(at - 1).equals("een") && w.get(at).equals("paar")) {
            amount = words.numbers.get("paar");
            at++;
        }
        if (at >= to) {
            return null;
        }
        TimeUnit unit = words.units.get(w.get(at));
        if (unit == null) {
            return null;
        }
        at++;
        if (sign < 0) {
            if (at >= to || !w.get(at).equals("geleden")) {
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
