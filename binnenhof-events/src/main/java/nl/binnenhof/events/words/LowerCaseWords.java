package nl.binnenhof.events.words;

import java.util.List;

import nl.binnenhof.text.Document;
import nl.binnenhof.text.TextLayers;
import nl.binnenhof.text.Token;

/** The tokens of one article as written and in lower case ({@link TextLayers#LOWER_CASE}), by token index. */
public final class LowerCaseWords {
    private final List<Token> tokens;
    private final List<String> lower;

    public LowerCaseWords(Document doc) {
        this.tokens = doc.get(TextLayers.TOKENS);
        this.lower = doc.get(TextLayers.LOWER_CASE);
    }

    public String get(int i) {
        return lower.get(i);
    }

    /** The token as written, for matchers that ignore case. */
    public String written(int i) {
        return tokens.get(i).text();
    }

    public boolean is(int i, String lowerCaseWord) {
        return lower.get(i).equals(lowerCaseWord);
    }

    public int size() {
        return lower.size();
    }
}
