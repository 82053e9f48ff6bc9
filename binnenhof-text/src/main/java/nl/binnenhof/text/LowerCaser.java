package nl.binnenhof.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Adds every token's text in lower case, once per article, for the many later stages that compare words without
 * regard to case (cue verbs, pronouns, date words). A token already in lower case keeps its own string, so most
 * tokens cost a scan and no copy, and the hash a stage computes for a word is kept for the stages after it.
 */
public final class LowerCaser implements Annotator {
    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.TOKENS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(TextLayers.LOWER_CASE);
    }

    @Override
    public void annotate(Document doc) {
        List<Token> tokens = doc.get(TextLayers.TOKENS);
        List<String> lower = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            lower.add(t.text().toLowerCase(Locale.ROOT));
        }
        doc.add(TextLayers.LOWER_CASE, lower);
    }
}
