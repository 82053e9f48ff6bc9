package nl.binnenhof.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.binnenhof.kb.KnowledgeBase;
import nl.binnenhof.text.Lexicon;

/**
 * Reads a role noun off one token: "premier", "VVD-premier" (with its party), "justitieminister",
 * "oud-premier" (a former role), "vicepremiers" (a plural that gives the role to a list of names).
 * The nouns are data: {@code roles.tsv}, {@code role-plurals.tsv}, {@code role-modifiers.tsv}.
 */
final class RoleLexicon {
    /** What one token says about a role. */
    record Role(String base, String party, boolean former, boolean plural, boolean prospective) {
        Role(String base, String party, boolean former, boolean plural) {
            this(base, party, former, plural, false);
        }

        Role prospectively() {
            return new Role(base, party, former, plural, true);
        }
    }

    private final Map<String, String> exact = new HashMap<>();
    private final List<String[]> suffixes = new ArrayList<>();
    private final Map<String, String> plurals = new HashMap<>();
    /** Nouns whose role differs after a party prefix: "CDA-voorzitter" chairs the party. */
    private final Map<String, String> withParty = new HashMap<>();
    private final Set<String> formerMarkers = new HashSet<>();
    private final Set<String> prospectiveMarkers = new HashSet<>();
    /** Roles that name a kind of office and the offices they cover: a bewindspersoon is a minister or staatssecretaris. */
    private final Map<String, Set<String>> kinds = new HashMap<>();
    /** The last three letters of every role noun: most tokens are turned away on these alone. */
    private final Set<String> endings = new HashSet<>();
    private final KnowledgeBase kb;

    RoleLexicon(KnowledgeBase kb) {
        this.kb = kb;
        for (String[] row : Lexicon.rows(RoleLexicon.class, "roles.tsv")) {
            String noun = row[0].strip();
            String base = row[1].strip();
            exact.put(noun, base);
            if (row.length > 3 && !row[3].isBlank() && !row[3].strip().startsWith("#")) {
                withParty.put(noun, row[3].strip());
            }
            if (row.length > 2 && row[2].strip().equals("yes")) {
                suffixes.add(new String[] {noun, base});
            }
        }
        suffixes.sort((a, b) -> b[0].length() - a[0].length());
        for (String[] row : Lexicon.rows(RoleLexicon.class, "role-plurals.tsv")) {
            plurals.put(row[0].strip(), row[1].strip());
        }
        for (String[] row : Lexicon.rows(RoleLexicon.class, "role-kinds.tsv")) {
            kinds.computeIfAbsent(row[0].strip(), k -> new HashSet<>()).add(row[1].strip());
        }
        formerMarkers.addAll(Lexicon.entries(RoleLexicon.class, "role-modifiers.txt"));
        prospectiveMarkers.addAll(Lexicon.entries(RoleLexicon.class, "role-prospective.txt"));
        exact.keySet().forEach(noun -> endings.add(ending(noun)));
        plurals.keySet().forEach(noun -> endings.add(ending(noun)));
    }

    private static String ending(String word) {
        String lower = word.length() > 3 ? word.substring(word.length() - 3) : word;
        return lower.toLowerCase(Locale.ROOT);
    }

    /** Whether a person who holds {@code held} is meant by {@code named}: the same role, or one its kind covers. */
    boolean covers(String named, String held) {
        return named.equals(held) || kinds.getOrDefault(named, Set.of()).contains(held);
    }

    /** The offices a role noun may stand for: itself, or those its kind covers. */
    Set<String> offices(String named) {
        return kinds.getOrDefault(named, Set.of(named));
    }

    boolean isFormerMarker(String word) {
        return formerMarkers.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isProspectiveMarker(String word) {
        return prospectiveMarkers.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The role a token names, marked prospective when the token or the word before it says so. */
    Role read(String token, String before) {
        Role role = read(token);
        if (role == null) {
            return null;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        int hyphen = lower.indexOf('-');
        boolean prospective = (hyphen > 0 && prospectiveMarkers.contains(lower.substring(0, hyphen)))
                || (before != null && isProspectiveMarker(before));
        return prospective ? role.prospectively() : role;
    }

    /** The role a token names, or null. */
    Role read(String token) {
        if (!endings.contains(ending(token))) {
            return null;
        }
        String rest = token;
        String party = null;
        boolean former = false;
        int hyphen = rest.lastIndexOf('-');
        while (hyphen > 0) {
            String prefix = rest.substring(0, hyphen);
            String key = kb.partyKey(Fold.diacritics(prefix)).orElse(null);
            if (key != null) {
                // the longest prefix that names a party: "GroenLinks-PvdA-Kamerlid" is GL-PvdA
                party = key;
                rest = rest.substring(hyphen + 1);
                hyphen = rest.lastIndexOf('-');
            } else if (formerMarkers.contains(prefix.toLowerCase(Locale.ROOT))) {
                former = true;
                rest = rest.substring(hyphen + 1);
                hyphen = rest.lastIndexOf('-');
            } else {
                hyphen = prefix.lastIndexOf('-');
            }
        }
        if (lookup(rest.toLowerCase(Locale.ROOT)) == null && rest.indexOf('-') > 0) {
            // "NU.nl-verslaggever", "oud-premier": what comes before the last hyphen only qualifies the role
            String tail = rest.substring(rest.lastIndexOf('-') + 1);
            former |= formerMarkers.contains(rest.substring(0, rest.indexOf('-')).toLowerCase(Locale.ROOT));
            rest = tail.isEmpty() ? rest : tail;
        }
        String lower = rest.toLowerCase(Locale.ROOT);
        String base = lookup(lower);
        if (base != null) {
            return new Role(party != null ? withParty.getOrDefault(lower, base) : base, party, former, false);
        }
        String singular = plurals.get(lower);
        if (singular != null) {
            return new Role(exact.getOrDefault(singular, singular), party, former, true);
        }
        for (String[] s : suffixes) {
            // "justitieminister", "asielwoordvoerder": a compound ending in a role noun
            if (lower.endsWith(s[0]) && lower.length() > s[0].length() + 2) {
                return new Role(s[1], party, former, false);
            }
        }
        return null;
    }

    private String lookup(String lower) {
        return exact.get(lower);
    }
}
