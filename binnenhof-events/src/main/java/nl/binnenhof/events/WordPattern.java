package nl.binnenhof.events;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequence of word alternatives matched over lower-cased tokens: "excuses … aangeboden|aan",
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

    private final String[][] alternatives;
    /** gapBefore[k]: how many words may stand between part k-1 and part k. */
    private final int[] gapBefore;
    private final String source;

    private WordPattern(String[][] alternatives, int[] gapBefore, String source) {
        this.alternatives = alternatives;
        this.gapBefore = gapBefore;
        this.source = source;
    }

    static WordPattern parse(String pattern) {
        List<String[]> parts = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        int gap = 0;
        for (String piece : pattern.strip().split("\\s+")) {
            if (piece.startsWith("…") || piece.startsWith("...")) {
                String n = piece.substring(piece.startsWith("…") ? 1 : 3);
                gap = n.isEmpty() ? MAX_GAP : Integer.parseInt(n);
                continue;
            }
            parts.add(piece.split("\\|"));
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
        return new WordPattern(parts.toArray(new String[0][]), gapBefore, pattern);
    }

    /** The first match within tokens {@code from..to-1}, or null. */
    Match find(String[] lower, int from, int to) {
        int[] matched = new int[alternatives.length];
        for (int i = from; i < to; i++) {
            if (matches(0, lower[i])) {
                matched[0] = i;
                if (rest(lower, 1, i, to, matched)) {
                    return new Match(matched.clone());
                }
            }
        }
        return null;
    }

    private boolean rest(String[] lower, int part, int previous, int to, int[] matched) {
        if (part == alternatives.length) {
            return true;
        }
        int last = Math.min(to - 1, previous + 1 + gapBefore[part]);
        for (int i = previous + 1; i <= last; i++) {
            if (matches(part, lower[i])) {
                matched[part] = i;
                if (rest(lower, part + 1, i, to, matched)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean matches(int part, String word) {
        for (String alt : alternatives[part]) {
            if (matchesOne(alt, word)) {
                return true;
            }
        }
        return false;
    }

    /** One alternative against one word: exact, "word*" (begins so) or "*word" (ends so). */
    static boolean matchesOne(String alt, String word) {
        if (alt.length() > 1 && alt.endsWith("*")) {
            return word.startsWith(alt.substring(0, alt.length() - 1));
        }
        if (alt.length() > 1 && alt.startsWith("*")) {
            return word.endsWith(alt.substring(1));
        }
        return word.equals(alt);
    }

    @Override
    public String toString() {
        return source;
    }
}
