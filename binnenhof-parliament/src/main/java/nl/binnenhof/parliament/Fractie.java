package nl.binnenhof.parliament;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fractie in one chamber as elected.
 *
 * @param name         the party key ("VVD", "GL-PvdA")
 * @param seats        seats won
 * @param seatsPerList the lists it was elected on with their seats: just its own, or several for a joint fractie
 *                     (GroenLinks 7 and PvdA 7 for GL-PvdA in the Eerste Kamer of 2023)
 */
public record Fractie(String name, int seats, Map<String, Integer> seatsPerList) {
    public Fractie {
        seatsPerList = Collections.unmodifiableMap(new LinkedHashMap<>(seatsPerList));
    }

    static Fractie single(String name, int seats) {
        return new Fractie(name, seats, Map.of(name, seats));
    }

    public boolean isJoint() {
        return seatsPerList.size() > 1;
    }
}
