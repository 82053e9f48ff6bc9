package nl.binnenhof.kb;

/**
 * A position held during a period.
 *
 * @param role      base noun: premier, vicepremier, minister, staatssecretaris, partijleider,
 *                  fractievoorzitter, lijsttrekker, kamervoorzitter, informateur, formateur, verkenner, ...
 * @param portfolio ministry or domain ("Financiën"), chamber for a fractievoorzitter, or empty
 * @param party     the party the holder represented in it, or empty
 * @param cabinet   the cabinet for a cabinet post, or empty
 */
public record Office(String role, String portfolio, String party, String cabinet, DateRange period, String source) {
}
