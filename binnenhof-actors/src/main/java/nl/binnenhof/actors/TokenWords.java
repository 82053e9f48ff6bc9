package nl.binnenhof.actors;

import java.util.List;

import nl.binnenhof.text.Document;

/** The folded words of an article's tokens and their heads ({@link ActorLayers#FOLDED_WORDS}) as arrays. */
final class TokenWords {
    final String[] words;
    final String[] heads;

    private TokenWords(String[] words, String[] heads) {
        this.words = words;
        this.heads = heads;
    }

    static TokenWords of(Document doc) {
        List<FoldedWord> folded = doc.get(ActorLayers.FOLDED_WORDS);
        String[] words = new String[folded.size()];
        String[] heads = new String[folded.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = folded.get(i).word();
            heads[i] = folded.get(i).head();
        }
        return new TokenWords(words, heads);
    }
}
