package nl.binnenhof.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.binnenhof.text.Annotator;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Layer;
import nl.binnenhof.text.TextLayers;
import nl.binnenhof.text.Token;

/**
 * Adds the folded words of an article's tokens ({@link FoldedWord}), once for the three finders that look names up
 * in them: folding and hashing every token three times cost more than a tenth of the actor stage.
 */
public final class WordFolder implements Annotator {
    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.TOKENS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(ActorLayers.FOLDED_WORDS);
    }

    @Override
    public void annotate(Document doc) {
        List<Token> tokens = doc.get(TextLayers.TOKENS);
        List<FoldedWord> folded = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String word = Fold.diacritics(t.text());
            int hyphen = word.lastIndexOf('-');
            folded.add(new FoldedWord(word, hyphen > 0 ? word.substring(0, hyphen) : word));
        }
        doc.add(ActorLayers.FOLDED_WORDS, folded);
    }
}
