package nl.binnenhof.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the longest phrase from a dictionary that starts at a given token: names and aliases of
 * persons, parties and organisations. Built once from the knowledge base and lexicons, then read by
 * every thread.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseIndex<T> {
    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

    private record Entry<T>(String[] words, T value) {
    }

    /** A match: how many tokens it covers and what it stands for (several when the phrase is ambiguous). */
    record Match<T>(int length, List<T> values) {
    }

    void add(String phrase, T value) {
        String[] words = phrase.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return;
        }
        for (int i = 0; i < words.length; i++) {
            words[i] = Fold.diacritics(words[i]);
        }
        byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry<>(words, value));
    }

    /** The longest phrase that starts at {@code start} in the (folded) words, or null. */
    Match<T> longest(String[] words, int start) {
        List<Entry<T>> candidates = byFirstWord.get(words[start]);
        if (candidates == null) {
            return null;
        }
        int best = 0;
        List<T> values = new ArrayList<>(2);
        for (Entry<T> e : candidates) {
            int len = e.words().length;
            if (len < best || start + len > words.length || !matches(e.words(), words, start)) {
                continue;
            }
            if (len > best) {
                best = len;
                values.clear();
            }
            if (!values.contains(e.value())) {
                values.add(e.value());
            }
        }
        return best == 0 ? null : new Match<>(best, List.copyOf(values));
    }

    private static boolean matches(String[] phrase, String[] words, int start) {
        for (int i = 1; i < phrase.length; i++) {
            if (!phrase[i].equals(words[start + i])) {
                return false;
            }
        }
        return true;
    }
}
