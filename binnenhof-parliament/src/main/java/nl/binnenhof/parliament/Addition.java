package nl.binnenhof.parliament;

import java.util.List;

/**
 * Parties to add to a coalition, and the coalition's seats with them.
 *
 * @param tk seats in the Tweede Kamer after adding them
 * @param ek seats in the Eerste Kamer after adding them
 */
public record Addition(List<String> parties, int addedTk, int addedEk, int tk, int ek) {
    public Addition {
        parties = List.copyOf(parties);
    }
}
