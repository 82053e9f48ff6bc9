package nl.binnenhof.parliament;

import java.time.LocalDate;
import java.util.List;

/**
 * Members who left their fractie between elections and kept their seats.
 *
 * @param from    the fractie they left
 * @param to      the group they sat in from then on ("Groep Markuszower", "Lid-Omtzigt")
 * @param members their names
 */
public record SeatChange(Chamber chamber, LocalDate date, String from, String to, int seats, List<String> members,
                         String source) {
    public SeatChange {
        members = List.copyOf(members);
    }
}
