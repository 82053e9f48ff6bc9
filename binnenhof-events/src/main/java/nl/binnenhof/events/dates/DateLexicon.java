package nl.binnenhof.events.dates;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.binnenhof.events.dates.DateMention.CalendarOffset;
import nl.binnenhof.events.dates.DateMention.CalendarUnit;
import nl.binnenhof.events.dates.DateMention.DayOffset;
import nl.binnenhof.events.dates.DateMention.DaySpan;
import nl.binnenhof.events.dates.DateMention.Direction;
import nl.binnenhof.events.dates.DateMention.TimeUnit;
import nl.binnenhof.events.words.LowerCaseWords;
import nl.binnenhof.text.Lexicon;

/**
 * The words dates are made of, loaded once from {@code calendar-words.tsv} (weekdays, months, parts of
 * the day, phases, number words, units) and {@code relative-expressions.tsv} (phrases such as "vannacht",
 * "volgende week", "de komende dag"). Immutable after construction.
 */
final class DateLexicon {
    /** A relative phrase and what it means. */
    record Phrase(String[] words, DateMention meaning) {
    }

    final Map<String, DayOfWeek> weekdays = new HashMap<>();
    final Map<String, Integer> months = new HashMap<>();
    final Map<String, PartOfDay> partsOfDay = new HashMap<>();
    final Map<String, Phase> phases = new HashMap<>();
    final Map<String, Direction> directions = new HashMap<>();
    final Map<String, Double> numbers = new HashMap<>();
    final Map<String, TimeUnit> units = new HashMap<>();
    final Set<String> yearPrepositions = new HashSet<>();
    private final Map<String, List<Phrase>> phrasesByFirstWord = new HashMap<>();
    /** Weekdays alone and joined with a part of the day: "woensdag", "woensdagavond", "woensdag-avond". */
    private final Map<String, WeekdayWord> weekdayWords = new HashMap<>();
    /** Every word an expression can begin with, apart from numbers, in lower case. */
    private final Set<String> firstWords = new HashSet<>();

    DateLexicon() {
        for (String[] row : Lexicon.rows(DateLexicon.class, "calendar-words.tsv")) {
            String word = row[1].strip();
            String value = row.length > 2 ? row[2].strip() : "";
            switch (row[0].strip()) {
                case "weekday" -> weekdays.put(word, DayOfWeek.of(Integer.parseInt(value)));
                case "month" -> months.put(word, Integer.parseInt(value));
                case "part-of-day" -> partsOfDay.put(word, PartOfDay.valueOf(value));
                case "phase" -> phases.put(word, Phase.valueOf(value));
                case "direction" -> directions.put(word, Direction.valueOf(value));
                case "number" -> numbers.put(word, Double.parseDouble(value));
                case "unit" -> units.put(word, TimeUnit.valueOf(value));
                case "year-preposition" -> yearPrepositions.add(word);
                default -> throw new IllegalStateException("calendar-words.tsv: unknown kind " + row[0]);
            }
        }
        for (String[] row : Lexicon.rows(DateLexicon.class, "relative-expressions.tsv")) {
            String[] words = row[1].strip().split(" +");
            DateMention meaning = switch (row[0].strip()) {
                case "day-offset" -> new DayOffset(Integer.parseInt(row[2].strip()), Integer.parseInt(row[3].strip()),
                        row[4].strip().equals("-") ? null : PartOfDay.valueOf(row[4].strip()));
                case "calendar-offset" -> new CalendarOffset(CalendarUnit.valueOf(row[2].strip()),
                        Integer.parseInt(row[3].strip()));
                case "day-span" -> new DaySpan(Integer.parseInt(row[2].strip()), Integer.parseInt(row[3].strip()));
                default -> throw new IllegalStateException("relative-expressions.tsv: unknown kind " + row[0]);
            };
            phrasesByFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(words, meaning));
        }
        phrasesByFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Phrase p) -> -p.words().length)));
        for (Map.Entry<String, DayOfWeek> day : weekdays.entrySet()) {
            weekdayWords.put(day.getKey(), new WeekdayWord(day.getValue(), null));
            for (Map.Entry<String, PartOfDay> part : partsOfDay.entrySet()) {
                weekdayWords.put(day.getKey() + part.getKey(), new WeekdayWord(day.getValue(), part.getValue()));
                weekdayWords.put(day.getKey() + "-" + part.getKey(), new WeekdayWord(day.getValue(), part.getValue()));
            }
        }
        List.of(phrasesByFirstWord.keySet(), weekdayWords.keySet(), directions.keySet(), months.keySet(),
                phases.keySet(), numbers.keySet(), Set.of("de", "nacht", "over"))
                .forEach(firstWords::addAll);
    }

    /** The longest relative phrase that starts at token {@code i} and ends before {@code end}, or null. */
    Phrase phraseAt(LowerCaseWords w, int i, int end) {
        List<Phrase> candidates = phrasesByFirstWord.get(w.get(i));
        if (candidates == null) {
            return null;
        }
        for (Phrase p : candidates) {
            if (i + p.words().length <= end && matches(w, i, p.words())) {
                return p;
            }
        }
        return null;
    }

    private static boolean matches(LowerCaseWords w, int i, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!w.is(i + k, words[k])) {
                return false;
            }
        }
        return true;
    }

    /** A weekday token, alone or with a part of the day joined to it ("woensdagavond"); null if it is not one. */
    WeekdayWord weekdayWord(String lower) {
        return weekdayWords.get(lower);
    }

    /** Whether an expression can begin with this word (in lower case): a calendar or relative word, or a number. */
    boolean mayStartExpression(String lower) {
        return (!lower.isEmpty() && Character.isDigit(lower.charAt(0))) || firstWords.contains(lower);
    }

    record WeekdayWord(DayOfWeek day, PartOfDay part) {
    }
}
