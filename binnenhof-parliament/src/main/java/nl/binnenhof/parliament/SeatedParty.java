package nl.binnenhof.parliament;

import java.util.List;

/**
 * A party as it sits in both chambers on a day: the unit the coalition calculator adds and counts. Usually one
 * fractie; a joint fractie such as GL-PvdA stands for its parts in the chamber where they sit separately.
 *
 * @param tkFracties the Tweede Kamer fracties it counts (empty where it has no seats)
 * @param ekFracties the Eerste Kamer fracties it counts
 */
public record SeatedParty(String name, int tk, int ek, List<String> tkFracties, List<String> ekFracties) {
    public SeatedParty {
        tkFracties = List.copyOf(tkFracties);
        ekFracties = List.copyOf(ekFracties);
    }

    static SeatedParty withoutSeats(String name) {
        return new SeatedParty(name, 0, 0, List.of(), List.of());
    }

    public int seats(Chamber chamber) {
        return chamber == Chamber.TK ? tk : ek;
    }

    public List<String> fracties(Chamber chamber) {
        return chamber == Chamber.TK ? tkFracties : ekFracties;
    }

    public boolean seated() {
        return tk > 0 || ek > 0;
    }
}
