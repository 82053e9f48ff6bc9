package nl.binnenhof.text;

/**
 * A word, number or punctuation mark. Hyphenated compounds ("VVD-premier") and numbers with inner
 * separators ("1,2", "01.45") are one token.
 *
 * @param text  the covered text
 * @param index position among the article's tokens
 */
public record Token(int begin, int end, String text, Kind kind, int index) implements Span {
    public enum Kind { WORD, NUMBER, PUNCT }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean is(String s) {
        return text.equals(s);
    }
}
