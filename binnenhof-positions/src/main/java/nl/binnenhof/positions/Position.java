package nl.binnenhof.positions;

import nl.binnenhof.actors.ActorType;
import nl.binnenhof.text.Span;

/**
 * A stance an actor takes on a proposal or policy, as the text states it.
 *
 * @param begin        start of the evidence (the sentence)
 * @param end          end of the evidence
 * @param actor        canonical name of the party, person or organisation
 * @param polarity     support or oppose
 * @param target       the proposal or policy, as written (or as named earlier, for "dit voorstel")
 * @param targetBegin  offset of the target phrase in this sentence
 * @param targetEnd    end of that phrase
 * @param cue          the words that mark the stance ("willen", "werden afgewezen door", "staan … voor")
 * @param cueBegin     offset of the cue
 * @param frame        which construction gave it (active, passive, split, deal, ...), for explaining
 */
public record Position(int begin, int end, String actor, ActorType actorType, Polarity polarity, String target,
                       int targetBegin, int targetEnd, String cue, int cueBegin, String frame) implements Span {
    public enum Polarity {
        SUPPORT, OPPOSE;

        public Polarity opposite() {
            return this == SUPPORT ? OPPOSE : SUPPORT;
        }
    }
}
