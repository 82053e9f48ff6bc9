package nl.binnenhof.events.words;

import java.util.List;

/**
 * Matches a word, in any case, against cue words written "word" (the word itself), "word*" (words that
 * begin so) or "*word" (words that end so, as the head of a Dutch compound). A word gets its longest cue: the
 * word itself first, else the longer of its longest beginning and longest ending, the beginning on a tie.
 * Two character tries find all of them in one walk each, lower-casing as they go: this runs for every token,
 * so it builds no strings. Immutable once filled; fill it before sharing it between threads.
 *
 * @param <V> what a cue stands for
 */
public final class WordMatcher<V> {
    /**
     * A trie node; the letters a to z are indexed directly, other characters (digits, hyphens, letters with
     * diacritics) are few per node and found by a scan of a small array, which costs less than a map lookup.
     */
    private static final class Node<V> {
        Node<V>[] letters;
        char[] otherChars;
        Node<V>[] otherNodes;
        /** The cue that ends here: a beginning ("word*") in the forward trie, an ending in the backward one. */
        V partial;
        /** The cue "word" that ends here, in the forward trie only. */
        V whole;

        Node<V> next(char c) {
            char lower = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
            if (lower >= 'a' && lower <= 'z') {
                return letters == null ? null : letters[lower - 'a'];
            }
            if (otherChars != null) {
                for (int i = 0; i < otherChars.length; i++) {
                    if (otherChars[i] == lower) {
                        return otherNodes[i];
                    }
                }
            }
            return null;
        }

        @SuppressWarnings("unchecked")
        Node<V> nextOrNew(char c) {
            char lower = Character.toLowerCase(c);
            if (lower >= 'a' && lower <= 'z') {
                if (letters == null) {
                    letters = (Node<V>[]) new Node<?>[26];
                }
                if (letters[lower - 'a'] == null) {
                    letters[lower - 'a'] = new Node<>();
                }
                return letters[lower - 'a'];
            }
            Node<V> existing = next(lower);
            if (existing != null) {
                return existing;
            }
            int n = otherChars == null ? 0 : otherChars.length;
            otherChars = otherChars == null ? new char[1] : java.util.Arrays.copyOf(otherChars, n + 1);
            otherNodes = otherNodes == null ? (Node<V>[]) new Node<?>[1] : java.util.Arrays.copyOf(otherNodes, n + 1);
            otherChars[n] = lower;
            otherNodes[n] = new Node<>();
            return otherNodes[n];
        }
    }

    private final Node<V> forward = new Node<>();
    private final Node<V> backward = new Node<>();
    private boolean anyEnding;

    /** Adds a cue in the notation above; a later cue for the same words replaces an earlier one. */
    public WordMatcher<V> add(String cue, V value) {
        if (cue.length() > 1 && cue.startsWith("*")) {
            Node<V> n = backward;
            for (int i = cue.length() - 1; i >= 1; i--) {
                n = n.nextOrNew(cue.charAt(i));
            }
            n.partial = value;
            anyEnding = true;
            return this;
        }
        boolean beginning = cue.length() > 1 && cue.endsWith("*");
        Node<V> n = forward;
        for (int i = 0; i < cue.length() - (beginning ? 1 : 0); i++) {
            n = n.nextOrNew(cue.charAt(i));
        }
        if (beginning) {
            n.partial = value;
        } else {
            n.whole = value;
        }
        return this;
    }

    /** What the word's cue stands for, or null when no cue fits. */
    public V match(String word) {
        V begin = null;
        int beginLength = 0;
        Node<V> n = forward;
        int i = 0;
        for (; i < word.length() && n != null; i++) {
            n = n.next(word.charAt(i));
            if (n != null && n.partial != null) {
                begin = n.partial;
                beginLength = i + 1;
            }
        }
        if (n != null && i == word.length() && n.whole != null) {
            return n.whole;
        }
        V end = null;
        int endLength = 0;
        n = anyEnding ? backward : null;
        for (int k = word.length() - 1; k >= 0 && n != null; k--) {
            n = n.next(word.charAt(k));
            if (n != null && n.partial != null) {
                end = n.partial;
                endLength = word.length() - k;
            }
        }
        return endLength > beginLength ? end : begin;
    }

    public boolean matches(String word) {
        return match(word) != null;
    }

    /**
     * Every cue the word fits, not only its longest: the word itself, each beginning and each ending, added
     * to {@code out} (cleared first; reused by the caller, so that matching allocates nothing).
     */
    public List<V> allMatches(String word, List<V> out) {
        out.clear();
        Node<V> n = forward;
        int i = 0;
        for (; i < word.length() && n != null; i++) {
            n = n.next(word.charAt(i));
            if (n != null && n.partial != null) {
                out.add(n.partial);
            }
        }
        if (n != null && i == word.length() && n.whole != null) {
            out.add(n.whole);
        }
        n = anyEnding ? backward : null;
        for (int k = word.length() - 1; k >= 0 && n != null; k--) {
            n = n.next(word.charAt(k));
            if (n != null && n.partial != null) {
                out.add(n.partial);
            }
        }
        return out;
    }
}
