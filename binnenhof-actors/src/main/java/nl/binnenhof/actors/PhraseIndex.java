package nl.binnenhof.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the longest phrase from a dictionary that starts at a given token: names and aliases of
 * persons, parties and organisations. A trie over words: a lookup walks only as far as the text goes on
 * matching, however many phrases share their first word ("van", "De", "Jan"). Built once from the
 * knowledge base and lexicons, then read by every thread.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseIndex<T> {
    private final Node<T> root = new Node<>();

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>(4);
        final List<T> values = new ArrayList<>(1);
        /** An immutable copy of the values, renewed on each add: lookups hand it out without copying. */
        List<T> frozen = List.of();
    }

    /** A match: how many tokens it covers and what it stands for (several when the phrase is ambiguous). */
    record Match<T>(int length, List<T> values) {
    }

    void add(String phrase, T value) {
        String[] words = phrase.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return;
        }
        Node<T> node = root;
        for (String word : words) {
            node = node.next.computeIfAbsent(Fold.diacritics(word), k -> new Node<>());
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
            node.frozen = List.copyOf(node.values);
        }
    }

    boolean isEmpty() {
        return root.next.isEmpty();
    }

    /** The longest phrase that starts at {@code start} in the (folded) words, or null. */
    Match<T> longest(String[] words, int start) {
        Node<T> node = root;
        int best = 0;
        List<T> values = null;
        for (int i = start; i < words.length; i++) {
            node = node.next.get(words[i]);
            if (node == null) {
                break;
            }
            if (!node.frozen.isEmpty()) {
                best = i - start + 1;
                values = node.frozen;
            }
        }
        return best == 0 ? null : new Match<>(best, values);
    }
}
