package nl.binnenhof.kb;

import java.util.List;

/**
 * A Dutch political party.
 *
 * @param key      canonical short name ("ChristenUnie", "GL-PvdA")
 * @param name     official full name
 * @param aliases  other names the news uses, matched case-sensitively as whole words
 * @param prefixes forms used in compounds such as "VVD-premier" or "CU-leider"
 */
public record Party(String key, String name, List<String> aliases, List<String> prefixes, DateRange active) {
}
