package nl.binnenhof.parliament;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts a set of parties in both chambers on a day and finds the smallest sets of parties to add for a majority
 * in both. Seats are the election results of the chambers sitting that day ("zetels na de verkiezingen"); members
 * who left their fractie after the election still count for it.
 */
public final class CoalitionCalculator {
    /** How many tied smallest sets to list unless asked otherwise. */
    public static final int DEFAULT_LIMIT = 10;

    private final Parliament parliament;

    public CoalitionCalculator(Parliament parliament) {
        this.parliament = parliament;
    }

    /**
     * @param partyKeys party keys as {@link PartyNames#key} gives them
     * @param excluded  party keys never to propose as additions
     * @param limit     how many of the tied smallest sets to list
     */
    public CoalitionReport evaluate(List<String> partyKeys, LocalDate day, List<String> excluded, int limit) {
        return evaluate(partyKeys, day, excluded, limit, Basis.ELECTION_RESULTS);
    }

    /** As {@link #evaluate(List, LocalDate, List, int)}, counting fracties with recorded seat changes if asked. */
    public CoalitionReport evaluate(List<String> partyKeys, LocalDate day, List<String> excluded, int limit,
                                    Basis basis) {
        if (partyKeys.isEmpty()) {
            throw new IllegalArgumentException("no parties given");
        }
        Seating seating = parliament.seating(day, basis);
        List<String> notes = new ArrayList<>();
        Set<SeatedParty> coalition = new LinkedHashSet<>();
        for (String key : partyKeys) {
            Seating.Resolution r = seating.resolve(key);
            coalition.addAll(r.parties());
            if (!r.note().isEmpty()) {
                notes.add(r.note());
            }
        }
        Set<String> left = new LinkedHashSet<>();
        for (String key : excluded) {
            seating.resolve(key).parties().forEach(p -> left.add(p.name()));
        }
        ChamberCount tk = count(Chamber.TK, seating, coalition);
        ChamberCount ek = count(Chamber.EK, seating, coalition);
        List<SeatedParty> candidates = seating.parties().stream()
                .filter(p -> !coalition.contains(p) && !left.contains(p.name())).toList();
        Additions additions = SmallestAdditions.find(tk.seats(), ek.seats(), candidates, Math.max(1, limit));
        for (Chamber chamber : Chamber.values()) {
            parliament.elected(chamber, day).ifPresent(next -> notes.add(notYetInstalled(next, seating)));
        }
        Optional<CabinetInOffice> cabinet = parliament.cabinet(day);
        return new CoalitionReport(day, partyKeys, List.copyOf(coalition), tk, ek, cabinet, additions,
                List.copyOf(left), basis(seating), notes);
    }

    private static ChamberCount count(Chamber chamber, Seating seating, Set<SeatedParty> coalition) {
        Map<String, Integer> perParty = new LinkedHashMap<>();
        coalition.forEach(p -> perParty.put(p.name(), p.seats(chamber)));
        int seats = perParty.values().stream().mapToInt(Integer::intValue).sum();
        return new ChamberCount(seating.composition(chamber), seats, perParty);
    }

    /** Says which results the numbers are: a reader must not take them for the fracties of that day, or vice versa. */
    public static String basis(Seating seating) {
        Composition tk = seating.composition(Chamber.TK);
        Composition ek = seating.composition(Chamber.EK);
        String results = "the results of the Tweede Kamer election of " + tk.election() + " (installed "
                + tk.installed() + ") and the Eerste Kamer election of " + ek.election() + " (installed "
                + ek.installed() + ")";
        if (seating.basis() == Basis.ELECTION_RESULTS) {
            return "zetels na de verkiezingen: " + results + "; members who left their fractie later still count for it";
        }
        int changes = tk.changes().size() + ek.changes().size();
        return "fracties on " + seating.day() + ": " + results + " with the " + changes + " recorded seat change"
                + (changes == 1 ? "" : "s") + " since then (Tweede Kamer only; seat-changes.tsv says which terms are"
                + " recorded completely)";
    }

    private static String notYetInstalled(Composition next, Seating seating) {
        Composition sitting = seating.composition(next.chamber());
        return "the " + next.chamber().title() + " elected on " + next.election() + " is installed on "
                + next.installed() + "; until then the chamber elected on " + sitting.election() + " sits";
    }
}
