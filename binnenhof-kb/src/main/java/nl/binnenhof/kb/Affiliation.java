package nl.binnenhof.kb;

/** Membership of a party during a period. */
public record Affiliation(String party, DateRange period, String source) {
}
