package nl.binnenhof.parliament;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A coalition counted in one chamber.
 *
 * @param composition the chamber that sits on the day
 * @param seats       the coalition's seats
 * @param perParty    seats per coalition party, in the order asked
 */
public record ChamberCount(Composition composition, int seats, Map<String, Integer> perParty) {
    public ChamberCount {
        perParty = Collections.unmodifiableMap(new LinkedHashMap<>(perParty));
    }

    public Chamber chamber() {
        return composition.chamber();
    }

    public int majority() {
        return chamber().majority();
    }

    public boolean hasMajority() {
        return seats >= majority();
    }

    /** Seats still needed for a majority; 0 when it has one. */
    public int shortBy() {
        return Math.max(0, majority() - seats);
    }
}
