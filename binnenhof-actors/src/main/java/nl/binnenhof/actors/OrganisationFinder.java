package nl.binnenhof.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import nl.binnenhof.text.Annotator;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Layer;
import nl.binnenhof.text.Lexicon;
import nl.binnenhof.text.TextLayers;
import nl.binnenhof.text.Token;

/**
 * Finds organisations that act and speak in political news ("het kabinet", "de Tweede Kamer", "NOS"),
 * from the lexicon {@code organisations.tsv}.
 */
public final class OrganisationFinder implements Annotator {
    private final PhraseIndex<String> names = new PhraseIndex<>();

    public OrganisationFinder() {
        for (String[] row : Lexicon.rows(OrganisationFinder.class, "organisations.tsv")) {
            names.add(row[0], row.length > 1 ? row[1].strip() : row[0]);
        }
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.TOKENS, ActorLayers.FOLDED_WORDS, ActorLayers.PARTY_MENTIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(ActorLayers.ORGANISATION_MENTIONS);
    }

    @Override
    public void annotate(Document document) {
        List<Token> tokens = document.get(TextLayers.TOKENS);
        boolean[] partyTokens = new boolean[tokens.size()]; // read per token: an array, not a set of boxed indices
        for (Mention m : document.get(ActorLayers.PARTY_MENTIONS)) {
            Arrays.fill(partyTokens, m.firstToken(), m.endToken(), true);
        }
        TokenWords w = TokenWords.of(document);
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            PhraseIndex.Match<String> m = partyTokens[i] ? null : names.longest(w.words, i);
            if (m == null) {
                i++;
                continue;
            }
            int end = i + m.length();
            found.add(new Mention(tokens.get(i).begin(), tokens.get(end - 1).end(), m.values().get(0),
                    ActorType.ORGANISATION, MentionForm.NAME, i, end));
            i = end;
        }
        document.add(ActorLayers.ORGANISATION_MENTIONS, found);
    }
}
