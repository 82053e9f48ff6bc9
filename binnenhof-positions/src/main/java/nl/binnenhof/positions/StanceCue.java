package nl.binnenhof.positions;

/**
 * One cue of the stance lexicon: its words (two parts for a split cue such as "staan … voor"), the
 * polarity it gives and the frame that says where actor and target stand.
 */
record StanceCue(String[] first, String[] second, Position.Polarity polarity, String frame, String text) {
    boolean isSplit() {
        return second.length > 0;
    }
}
