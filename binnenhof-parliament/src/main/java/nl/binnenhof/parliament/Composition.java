package nl.binnenhof.parliament;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One chamber as an election made it ("zetels na de verkiezingen") and the days it sat: from its installation
 * until the next chamber was installed.
 *
 * @param succeeded the day the next chamber was installed, or null while it sits
 * @param fracties  largest first
 */
public record Composition(Chamber chamber, LocalDate election, LocalDate installed, LocalDate succeeded,
                          List<Fractie> fracties, List<String> sources) {
    public Composition {
        fracties = List.copyOf(fracties);
        sources = List.copyOf(sources);
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
