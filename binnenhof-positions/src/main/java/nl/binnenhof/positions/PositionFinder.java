package nl.binnenhof.positions;

import java.util.Set;

import nl.binnenhof.actors.ActorLayers;
import nl.binnenhof.text.Annotator;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Layer;
import nl.binnenhof.text.TextLayers;

/**
 * Finds stances sentence by sentence. For each cue of the stance lexicon it finds the actors (a
 * coordinated list: "D66 en de ChristenUnie"; a resolved pronoun; "die partij" for the last party
 * named; "zij" for the last group) and the target phrase (up to the end of its clause), turns the
 * polarity round on "niet" or "geen", and replaces a target that only points back ("dit voorstel")
 * by the one named before. "Tegenover die partijen staan X" gives X the opposite of what those
 * parties were said to want. Cues inside quotations are the speaker's words, not the article's
 * report of a stance, and are left alone. The work per article is {@link StanceScan}'s.
 */
public final class PositionFinder implements Annotator {
    private final StanceLexicon lexicon = new StanceLexicon();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.TOKENS, TextLayers.LOWER_CASE, TextLayers.SENTENCES, TextLayers.QUOTATIONS,
                ActorLayers.PERSON_MENTIONS, ActorLayers.REFERENCES, ActorLayers.PARTY_MENTIONS,
                ActorLayers.ORGANISATION_MENTIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(PositionLayers.POSITIONS);
    }

    @Override
    public void annotate(Document doc) {
        doc.add(PositionLayers.POSITIONS, new StanceScan(doc, lexicon).run());
    }
}
