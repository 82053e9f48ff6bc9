package nl.binnenhof.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts blocks into tokens with a single hand-written scan (no regular expressions on the hot path).
 * Keeps together what Dutch news writes as one unit: hyphenated compounds ("VVD-premier",
 * "kabinet-Rutte"), inner apostrophes ("PVV'er", "scenario’s"), numbers with separators ("1,2",
 * "01.45"), dotted short forms ("NU.nl", "o.a"), and the clitics "'s" and "'t". A dot that ends an
 * abbreviation stays a token of its own; the sentence splitter decides what it means.
 */
public final class Tokenizer implements Annotator {

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.BLOCKS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(TextLayers.TOKENS);
    }

    @Override
    public void annotate(Document document) {
        String text = document.text();
        List<Token> tokens = new ArrayList<>(text.length() / 5);
        for (Block block : document.get(TextLayers.BLOCKS)) {
            if (block.kind() != Block.Kind.DATELINE) {
                tokenize(text, block.begin(), block.end(), tokens);
            }
        }
        document.add(TextLayers.TOKENS, tokens);
    }

    static void tokenize(String text, int from, int to, List<Token> out) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(text, i, to);
                out.add(new Token(i, end, text.substring(i, end), kindOf(text, i, end), out.size()));
                i = end;
            } else if (isClitic(text, i, to)) {
                int end = i + 2;
                out.add(new Token(i, end, text.substring(i, end), Token.Kind.WORD, out.size()));
                i = end;
            } else {
                int end = i + 1;
                if (c == '.') {
                    while (end < to && text.charAt(end) == '.') {
                        end++;
                    }
                }
                out.add(new Token(i, end, text.substring(i, end), Token.Kind.PUNCT, out.size()));
                i = end;
            }
        }
    }

    private static int wordEnd(String text, int i, int to) {
        int end = i + 1;
        while (end < to) {
            char c = text.charAt(end);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                end++;
            } else if (joins(c) && end + 1 < to && Character.isLetterOrDigit(text.charAt(end + 1))
                    && joinsHere(text, c, end)) {
                end += 2;
            } else if ((c == '-' || c == '‐') && (end + 1 == to || text.charAt(end + 1) == ' ')) {
                end++; // "partij- en landsbelang": the dangling hyphen belongs to the word
                break;
            } else {
                break;
            }
        }
        return end;
    }

    /** Characters that may join two parts of one token. */
    private static boolean joins(char c) {
        return c == '-' || c == '‐' || c == '\'' || c == '’' || c == '.' || c == ',' || c == ':' || c == '/' || c == '&';
    }

    private static boolean joinsHere(String text, char c, int at) {
        char before = text.charAt(at - 1);
        char after = text.charAt(at + 1);
        return switch (c) {
            // "1,2 miljard", "01.45 uur", "1:08": only between digits
            case ',', ':' -> Character.isDigit(before) && Character.isDigit(after);
            // "2.000", "NU.nl", "o.a": a dot with no space after it; but "Blok.Beeld" is two words run together
            case '.' -> Character.isDigit(before) ? Character.isDigit(after)
                    : !Character.isDigit(after) && (Character.isLowerCase(after) || Character.isUpperCase(before));
            case '/', '&' -> Character.isUpperCase(before) && Character.isUpperCase(after); // "GL/PvdA", "C&A"
            default -> true;
        };
    }

    private static boolean isClitic(String text, int i, int to) {
        char c = text.charAt(i);
        if (!(c == '\'' || c == '’') || i + 1 >= to) {
            return false;
        }
        char next = text.charAt(i + 1);
        boolean clitic = next == 's' || next == 't' || next == 'n';
        boolean standsAlone = i + 2 == to || !Character.isLetterOrDigit(text.charAt(i + 2));
        boolean startsWord = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        return clitic && standsAlone && startsWord;
    }

    private static Token.Kind kindOf(String text, int begin, int end) {
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isDigit(c) && c != ',' && c != '.' && c != ':') {
                return Token.Kind.WORD;
            }
        }
        return Token.Kind.NUMBER;
    }
}
