package nl.binnenhof.parliament;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One chamber as an election made it ("zetels na de verkiezingen") and the days it sat: from its installation
 * until the next chamber was installed. With seat changes applied it gives the fracties of a later day instead.
 *
 * @param succeeded the day the next chamber was installed, or null while it sits
 * @param fracties  largest first
 * @param changes   the seat changes applied to the election result; empty for the result itself
 */
public record Composition(Chamber chamber, LocalDate election, LocalDate installed, LocalDate succeeded,
                          List<Fractie> fracties, List<String> sources, List<SeatChange> changes) {
    public Composition {
        fracties = List.copyOf(fracties);
        sources = List.copyOf(sources);
        changes = List.copyOf(changes);
    }

    Composition withChanges(List<Fractie> changedFracties, List<SeatChange> applied) {
        List<String> allSources = new ArrayList<>(sources);
        applied.forEach(c -> allSources.add(c.source()));
        return new Composition(chamber, election, installed, succeeded, changedFracties, allSources, applied);
    }

    public boolean sitsOn(LocalDate day) {
        return !day.isBefore(installed) && (succeeded == null || day.isBefore(succeeded));
    }

    public int total() {
        return fracties.stream().mapToInt(Fractie::seats).sum();
    }

    public Optional<Fractie> fractie(String name) {
        return fracties.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Seats of the named fractie; 0 when it has none here. */
    public int seats(String name) {
        return fractie(name).map(Fractie::seats).orElse(0);
    }
}
