package nl.binnenhof.parliament;

/** What the seats of a chamber are counted from. */
public enum Basis {
    /** The election results of the chamber that sits ("zetels na de verkiezingen"). */
    ELECTION_RESULTS,
    /** The election results plus the recorded seat changes up to the day: the fracties as they sat then. */
    FRACTIES
}
