package nl.binnenhof.actors;

import java.util.List;

import nl.binnenhof.text.Token;

/** The folded words of an article's tokens, and of their heads ("VVD" of "VVD-premier"), computed once. */
final class TokenWords {
    final String[] words;
    final String[] heads;

    private TokenWords(String[] words, String[] heads) {
        this.words = words;
        this.heads = heads;
    }

    static TokenWords of(List<Token> tokens) {
        String[] words = new String[tokens.size()];
        String[] heads = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = Fold.diacritics(tokens.get(i).text());
            int hyphen = words[i].lastIndexOf('-');
            heads[i] = hyphen > 0 ? words[i].substring(0, hyphen) : words[i];
        }
        return new TokenWords(words, heads);
    }
}
