package nl.binnenhof.parliament;

import java.time.LocalDate;
import java.util.Locale;

/** Something that happened to a cabinet while in office, with its source. */
public record CabinetEvent(String cabinet, LocalDate date, Kind kind, String party, String source) {

    public enum Kind {
        /** The resignation was offered: from then on the cabinet is a caretaker until its successor is sworn in. */
        DEMISSIONAIR,
        /** The ministers of a coalition party left; the rest of the cabinet stays on. */
        PARTY_LEFT,
        /** A party outside the cabinet starts to support it (gedoogsteun). */
        SUPPORT_FROM,
        /** The support ends. */
        SUPPORT_ENDED;

        /** "demissionair", "party-left", "support-from", "support-ended". */
        static Kind parse(String written) {
            return valueOf(written.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }
}
