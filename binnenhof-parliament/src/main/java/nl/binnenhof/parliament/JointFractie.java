package nl.binnenhof.parliament;

import java.time.LocalDate;
import java.util.List;

/**
 * Separately elected lists that sit as one fractie, such as GroenLinks and PvdA as GL-PvdA in the Eerste Kamer
 * elected in 2023. The calculator counts them as that one party in both chambers whenever either chamber seats the
 * joint fractie, so that a coalition means the same parties in both.
 *
 * @param chamber  the chamber where the lists were elected separately
 * @param election the first election from which they sit together there
 */
public record JointFractie(String name, List<String> parts, Chamber chamber, LocalDate election, String source) {
    public JointFractie {
        parts = List.copyOf(parts);
    }
}
