package nl.binnenhof.parliament;

import java.util.List;

/**
 * The smallest sets of parties to add for a majority in both chambers.
 *
 * @param outcome whether sets were needed and found
 * @param size    the number of parties in each set (0 unless found)
 * @param found   how many sets of that size there are
 * @param shown   the first of them, fewest added seats first, as many as the limit allows
 */
public record Additions(Outcome outcome, int size, int found, List<Addition> shown) {
    public enum Outcome {
        /** The coalition has a majority in both chambers already. */
        NOT_NEEDED,
        FOUND,
        /** Not even all parties that may be added give a majority (too many excluded). */
        IMPOSSIBLE
    }

    public Additions {
        shown = List.copyOf(shown);
    }

    static Additions notNeeded() {
        return new Additions(Outcome.NOT_NEEDED, 0, 0, List.of());
    }

    static Additions impossible() {
        return new Additions(Outcome.IMPOSSIBLE, 0, 0, List.of());
    }
}
