package nl.binnenhof.positions;

import nl.binnenhof.actors.Mention;

/** A cue found in a sentence: where its parts stand, and a subject found between its words ("vindt hij"). */
record CueHit(StanceCue cue, int firstBegin, int firstEnd, int secondBegin, int secondEnd, Mention inserted) {
    int end() {
        return cue.isSplit() ? secondEnd : firstEnd;
    }
}
