package nl.binnenhof.positions;

/**
 * One cue of the stance lexicon: its words (two parts for a split cue such as "staan … voor"), the
 * polarity it gives and the frame that says where actor and target stand. {@code fillerSecond} says whether
 * its second word is an adverb or negation ("steunt ook"), which a text may leave out: known once, not looked
 * up for every token a cue is tried at.
 */
record StanceCue(String[] first, String[] second, Position.Polarity polarity, String frame, String text,
                 boolean fillerSecond) {
    boolean isSplit() {
        return second.length > 0;
    }
}
