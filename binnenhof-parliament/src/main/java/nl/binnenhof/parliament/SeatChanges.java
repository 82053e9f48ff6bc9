package nl.binnenhof.parliament;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.binnenhof.kb.TsvTable;

/**
 * Applies recorded seat changes to a composition as elected, giving the fracties as they sat on a day. A change that
 * falls outside any sitting chamber, or takes more seats than its fractie has, fails when loaded.
 */
final class SeatChanges {
    private final List<SeatChange> changes;

    private SeatChanges(List<SeatChange> changes) {
        this.changes = changes.stream().sorted(Comparator.comparing(SeatChange::date)).toList();
    }

    static SeatChanges load(String resource) {
        TsvTable t = TsvTable.read(resource, "chamber", "date", "from", "to", "seats", "members", "source");
        List<SeatChange> found = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            int row = r;
            Chamber chamber = Chamber.parse(t.get(r, "chamber"))
                    .orElseThrow(() -> new IllegalStateException(t.where(row) + ": chamber must be TK or EK"));
            found.add(new SeatChange(chamber, LocalDate.parse(t.get(r, "date")), t.get(r, "from"), t.get(r, "to"),
                    Integer.parseInt(t.get(r, "seats")), t.list(r, "members"), t.get(r, "source")));
        }
        return new SeatChanges(found);
    }

    List<SeatChange> all() {
        return changes;
    }

    /** Every change must fall in a sitting chamber and fit the fractie it leaves; checked once at load. */
    void check(Map<Chamber, List<Composition>> compositions) {
        for (SeatChange c : changes) {
            Composition sitting = compositions.get(c.chamber()).stream().filter(x -> x.sitsOn(c.date())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("seat-changes.tsv: no " + c.chamber()
                            + " sits on " + c.date()));
            apply(sitting, c.date());
        }
    }

    /** The composition with the changes from its installation up to and including the day. */
    Composition apply(Composition elected, LocalDate day) {
        Map<String, Integer> seats = new LinkedHashMap<>();
        elected.fracties().forEach(f -> seats.put(f.name(), f.seats()));
        List<SeatChange> applied = new ArrayList<>();
        for (SeatChange c : changes) {
            if (c.chamber() != elected.chamber() || c.date().isBefore(elected.installed()) || c.date().isAfter(day)
                    || !elected.sitsOn(c.date())) {
                continue;
            }
            int left = seats.getOrDefault(c.from(), 0) - c.seats();
            if (left < 0) {
                throw new IllegalStateException("seat-changes.tsv: on " + c.date() + " " + c.from() + " has fewer than "
                        + c.seats() + " seats to lose");
            }
            seats.put(c.from(), left);
            seats.merge(c.to(), c.seats(), Integer::sum);
            applied.add(c);
        }
        if (applied.isEmpty()) {
            return elected;
        }
        List<Fractie> fracties = new ArrayList<>();
        for (Fractie f : elected.fracties()) {
            int n = seats.remove(f.name());
            if (n > 0) {
                fracties.add(n == f.seats() ? f : Fractie.single(f.name(), n));
            }
        }
        seats.forEach((group, n) -> fracties.add(Fractie.single(group, n)));
        fracties.sort(Comparator.comparingInt(Fractie::seats).reversed().thenComparing(Fractie::name));
        return elected.withChanges(fracties, applied);
    }
}
