package nl.binnenhof.events.dates;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.binnenhof.events.dates.DateMention.CalendarOffset;
import nl.binnenhof.events.dates.DateMention.CalendarUnit;
import nl.binnenhof.events.dates.DateMention.DayOffset;
import nl.binnenhof.events.dates.DateMention.DaySpan;
import nl.binnenhof.events.dates.DateMention.Direction;
import nl.binnenhof.events.dates.DateMention.TimeUnit;
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
    }

    /** The longest relative phrase that starts at token {@code i} and ends before {@code end}, or null. */
    Phrase phraseAt(String[] lower, int i, int end) {
        List<Phrase> candidates = phrasesByFirstWord.get(lower[i]);
        if (candidates == null) {
            return null;
        }
        for (Phrase p : candidates) {
            if (i + p.words().length <= end && matches(lower, i, p.words())) {
                return p;
            }
        }
        return null;
    }

    private static boolean matches(String[] lower, int i, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!lower[i + k].equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** A weekday token, alone or with a part of the day joined to it ("woensdagavond"); null if it is not one. */
    WeekdayWord weekdayWord(String lower) {
        DayOfWeek day = weekdays.get(lower);
        if (day != null) {
            return new WeekdayWord(day, null);
        }
        for (Map.Entry<String, DayOfWeek> e : weekdays.entrySet()) {
            if (lower.startsWith(e.getKey())) {
                String rest = lower.substring(e.getKey().length());
                PartOfDay part = partsOfDay.get(rest.startsWith("-") ? rest.substring(1) : rest);
                if (part != null) {
                    return new WeekdayWord(e.getValue(), part);
                }
            }
        }
        return null;
    }

    record WeekdayWord(DayOfWeek day, PartOfDay part) {
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
