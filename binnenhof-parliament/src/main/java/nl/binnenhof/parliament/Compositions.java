package nl.binnenhof.parliament;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.binnenhof.kb.SeatResult;
import nl.binnenhof.kb.TsvTable;

/**
 * Builds the compositions of both chambers from the election results in the knowledge base, the installation
 * days and the joint fracties. A result without an installation day, or seats that do not add up to the chamber,
 * fail loudly when loaded: a slip in the data must not become a wrong majority.
 */
final class Compositions {
    private Compositions() {
    }

    record Installation(Chamber chamber, LocalDate election, LocalDate installed, String source) {
    }

    static List<Installation> installations(String resource) {
        TsvTable t = TsvTable.read(resource, "chamber", "election", "installed", "source");
        List<Installation> found = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            Chamber chamber = Chamber.parse(t.get(r, "chamber"))
                    .orElseThrow(() -> new IllegalStateException(resource + ": chamber must be TK or EK"));
            found.add(new Installation(chamber, LocalDate.parse(t.get(r, "election")),
                    LocalDate.parse(t.get(r, "installed")), t.get(r, "source")));
        }
        return found;
    }

    static List<JointFractie> jointFracties(String resource) {
        TsvTable t = TsvTable.read(resource, "fractie", "parts", "chamber", "election", "source");
        List<JointFractie> found = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            int row = r;
            Chamber chamber = Chamber.parse(t.get(r, "chamber"))
                    .orElseThrow(() -> new IllegalStateException(t.where(row) + ": chamber must be TK or EK"));
            found.add(new JointFractie(t.get(r, "fractie"), t.list(r, "parts"), chamber,
                    LocalDate.parse(t.get(r, "election")), t.get(r, "source")));
        }
        return found;
    }

    static Map<Chamber, List<Composition>> build(List<SeatResult> results, List<Installation> installations,
                                                 List<JointFractie> joints) {
        Map<Chamber, List<Composition>> byChamber = new EnumMap<>(Chamber.class);
        for (Chamber chamber : Chamber.values()) {
            List<Installation> sitting = installations.stream().filter(i -> i.chamber() == chamber)
                    .sorted(Comparator.comparing(Installation::installed)).toList();
            Map<LocalDate, List<SeatResult>> elected = new TreeMap<>();
            for (SeatResult r : results) {
                if (r.chamber().equals(chamber.name())) {
                    elected.computeIfAbsent(r.election(), d -> new ArrayList<>()).add(r);
                }
            }
            List<Composition> compositions = new ArrayList<>();
            for (int i = 0; i < sitting.size(); i++) {
                Installation inst = sitting.get(i);
                List<SeatResult> seats = elected.remove(inst.election());
                if (seats == null) {
                    throw new IllegalStateException("installations.tsv: no seats in seats.tsv for the " + chamber
                            + " election of " + inst.election());
                }
                LocalDate succeeded = i + 1 < sitting.size() ? sitting.get(i + 1).installed() : null;
                compositions.add(composition(inst, succeeded, seats, joints));
            }
            if (!elected.isEmpty()) {
                throw new IllegalStateException("installations.tsv: no installation day for the " + chamber
                        + " election(s) of " + elected.keySet());
            }
            byChamber.put(chamber, List.copyOf(compositions));
        }
        return byChamber;
    }

    private static Composition composition(Installation inst, LocalDate succeeded, List<SeatResult> results,
                                           List<JointFractie> joints) {
        Map<String, Integer> seatsByList = new LinkedHashMap<>();
        Set<String> sources = new LinkedHashSet<>();
        for (SeatResult r : results) {
            seatsByList.merge(r.party(), r.seats(), Integer::sum);
            sources.add(r.source());
        }
        sources.add(inst.source());
        List<Fractie> fracties = new ArrayList<>();
        for (JointFractie j : joints) {
            if (j.chamber() == inst.chamber() && !inst.election().isBefore(j.election())
                    && seatsByList.keySet().containsAll(j.parts())) {
                Map<String, Integer> parts = new LinkedHashMap<>();
                j.parts().forEach(part -> parts.put(part, seatsByList.remove(part)));
                int seats = parts.values().stream().mapToInt(Integer::intValue).sum();
                fracties.add(new Fractie(j.name(), seats, parts));
                sources.add(j.source());
            }
        }
        seatsByList.forEach((party, seats) -> fracties.add(Fractie.single(party, seats)));
        fracties.sort(Comparator.comparingInt(Fractie::seats).reversed().thenComparing(Fractie::name));
        Composition c = new Composition(inst.chamber(), inst.election(), inst.installed(), succeeded, fracties,
                List.copyOf(sources), List.of());
        if (c.total() != inst.chamber().size()) {
            throw new IllegalStateException("seats.tsv: the " + inst.chamber() + " election of " + inst.election()
                    + " adds up to " + c.total() + " seats, not " + inst.chamber().size());
        }
        return c;
    }
}
