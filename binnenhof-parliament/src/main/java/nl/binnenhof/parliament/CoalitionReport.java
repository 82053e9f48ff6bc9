package nl.binnenhof.parliament;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the coalition calculator found for a set of parties on a day.
 *
 * @param asked     the party keys as asked
 * @param coalition the parties counted, after resolving joint fracties
 * @param tk        the count in the Tweede Kamer
 * @param ek        the count in the Eerste Kamer
 * @param cabinet   the cabinet in office that day, if any is known
 * @param additions the smallest sets of parties to add for a majority in both chambers
 * @param excluded  parties the caller would not add
 * @param basis     which election results the seats are ("zetels na de verkiezingen" of which elections)
 * @param notes     how names were counted, and chambers elected but not yet installed
 */
public record CoalitionReport(LocalDate day, List<String> asked, List<SeatedParty> coalition, ChamberCount tk,
                              ChamberCount ek, Optional<CabinetInOffice> cabinet, Additions additions,
                              List<String> excluded, String basis, List<String> notes) {
    public CoalitionReport {
        asked = List.copyOf(asked);
        coalition = List.copyOf(coalition);
        excluded = List.copyOf(excluded);
        notes = List.copyOf(notes);
    }

    public ChamberCount count(Chamber chamber) {
        return chamber == Chamber.TK ? tk : ek;
    }

    public boolean majorityInBoth() {
        return tk.hasMajority() && ek.hasMajority();
    }

    /** The coalition's party names as counted. */
    public List<String> parties() {
        return coalition.stream().map(SeatedParty::name).toList();
    }
}
