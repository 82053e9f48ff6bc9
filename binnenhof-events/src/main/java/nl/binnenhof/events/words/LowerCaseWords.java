package nl.binnenhof.events.words;

import java.util.List;
import java.util.Locale;

import nl.binnenhof.text.Token;

/**
 * The tokens of one article in lower case, each made only when first asked for: most tokens are never
 * looked at closely, and lower-casing them all would cost more than the stages that use them.
 * Per-article state.
 */
public final class LowerCaseWords {
    private final List<Token> tokens;
    private final String[] lower;

    public LowerCaseWords(List<Token> tokens) {
        this.tokens = tokens;
        this.lower = new String[tokens.size()];
    }

    public String get(int i) {
        String w = lower[i];
        if (w == null) {
            w = tokens.get(i).text().toLowerCase(Locale.ROOT);
            lower[i] = w;
        }
        return w;
    }

    /** The token as written, for matchers that ignore case. */
    public String written(int i) {
        return tokens.get(i).text();
    }

    public boolean is(int i, String lowerCaseWord) {
        return get(i).equals(lowerCaseWord);
    }

    public int size() {
        return lower.length;
    }
}
