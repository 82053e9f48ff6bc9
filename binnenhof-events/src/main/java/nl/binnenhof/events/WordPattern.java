package nl.binnenhof.events;

import java.util.ArrayList;
import java.util.List;

import nl.binnenhof.events.words.LowerCaseWords;
import nl.binnenhof.events.words.WordMatcher;

/**
 * A sequence of word alternatives matched over tokens, in any case: "excuses … aangeboden|aan",
 * "kabinet|kabinet-* … gevallen". "…" (or "...") between two parts allows up to {@value #MAX_GAP} words
 * between them, "…2" up to two; "word*" matches words that begin so, "*word" words that end so. Immutable.
 */
final class WordPattern {
    static final int MAX_GAP = 6;

    /** The tokens a match covers, in order. */
    record Match(int[] tokens) {
        int first() {
            return tokens[0];
        }

        int last() {
            return tokens[tokens.length - 1];
        }
    }

    private final List<WordMatcher<Boolean>> alternatives;
    /** The words the first part is written with, for indexing patterns by the word they start with. */
    private final List<String> firstWords;
    /** gapBefore[k]: how many words may stand between part k-1 and part k. */
    private final int[] gapBefore;
    private final String source;

    private WordPattern(List<WordMatcher<Boolean>> alternatives, List<String> firstWords, int[] gapBefore,
                        String source) {
        this.alternatives = alternatives;
        this.firstWords = firstWords;
        this.gapBefore = gapBefore;
        this.source = source;
    }

    static WordPattern parse(String pattern) {
        List<WordMatcher<Boolean>> parts = new ArrayList<>();
        List<String> firstWords = null;
        List<Integer> gaps = new ArrayList<>();
        int gap = 0;
        for (String piece : pattern.strip().split("\\s+")) {
            if (piece.startsWith("…") || piece.startsWith("...")) {
                String n = piece.substring(piece.startsWith("…") ? 1 : 3);
                gap = n.isEmpty() ? MAX_GAP : Integer.parseInt(n);
                continue;
            }
            WordMatcher<Boolean> part = new WordMatcher<>();
            if (firstWords == null) {
                firstWords = List.of(piece.split("\\|"));
            }
            for (String alternative : piece.split("\\|")) {
                part.add(alternative, Boolean.TRUE);
            }
            parts.add(part);
            gaps.add(gap);
            gap = 0;
        }
        if (parts.isEmpty() || gaps.get(0) > 0) {
            throw new IllegalArgumentException("not a word pattern: " + pattern);
        }
        int[] gapBefore = new int[gaps.size()];
        for (int k = 0; k < gapBefore.length; k++) {
            gapBefore[k] = gaps.get(k);
        }
        return new WordPattern(List.copyOf(parts), firstWords, gapBefore, pattern);
    }

    /** The alternatives of the first part as written: "kabinet", "kabinet-*", "*voorstel". */
    List<String> firstWords() {
        return firstWords;
    }

    /** A match whose first word is token {@code i} and whose last lies before {@code to}, or null. */
    Match findAt(LowerCaseWords w, int i, int to) {
        if (!matches(0, w.written(i))) {
            return null;
        }
        int[] matched = new int[alternatives.size()];
        matched[0] = i;
        return rest(w, 1, i, to, matched) ? new Match(matched) : null;
    }

    private boolean rest(LowerCaseWords w, int part, int previous, int to, int[] matched) {
        if (part == alternatives.size()) {
            return true;
        }
        int last = Math.min(to - 1, previous + 1 + gapBefore[part]);
        for (int i = previous + 1; i <= last; i++) {
            if (matches(part, w.written(i))) {
                matched[part] = i;
                if (rest(w, part + 1, i, to, matched)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean matches(int part, String word) {
        return alternatives.get(part).matches(word);
    }

    @Override
    public String toString() {
        return source;
    }
}
