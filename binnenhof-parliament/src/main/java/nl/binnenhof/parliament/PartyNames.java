package nl.binnenhof.parliament;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import nl.binnenhof.kb.KnowledgeBase;
import nl.binnenhof.kb.Party;

/**
 * Party names as a user types them ("CU", "gl-pvda", "GroenLinks/PvdA", "Partij voor de Dieren") to the party keys
 * of the knowledge base. Exact names and aliases come first ({@link KnowledgeBase#partyKey}); then the same names
 * ignoring case, spaces, dashes and slashes; an unknown name gets the closest names as suggestions.
 */
public final class PartyNames {
    private static final int MAX_SUGGESTIONS = 3;

    private final KnowledgeBase kb;
    private final Map<String, String> groupByFolded = new HashMap<>();
    private final Map<String, String> keyByFolded = new HashMap<>();

    public PartyNames(KnowledgeBase kb) {
        this(kb, List.of());
    }

    /**
     * @param groups names of groups that split off between elections ("Groep Kuzu/Öztürk"): they name themselves,
     *               even where the knowledge base folds them into the party they became (DENK)
     */
    public PartyNames(KnowledgeBase kb, List<String> groups) {
        this.kb = kb;
        groups.forEach(g -> groupByFolded.put(fold(g), g));
        for (Party p : kb.parties()) {
            Stream.of(List.of(p.key(), p.name()), p.aliases(), p.prefixes()).flatMap(List::stream)
                    .forEach(name -> keyByFolded.putIfAbsent(fold(name), p.key()));
        }
    }

    /** The party key for a written name. */
    public String key(String written) {
        String name = written == null ? "" : written.strip();
        String group = groupByFolded.get(fold(name));
        if (group != null) {
            return group;
        }
        return kb.partyKey(name).or(() -> Optional.ofNullable(keyByFolded.get(fold(name))))
                .orElseThrow(() -> QueryException.unknownParty(name, suggestions(name)));
    }

    /** Party keys whose names are close to the written name, closest first. */
    public List<String> suggestions(String written) {
        String folded = fold(written);
        if (folded.isEmpty()) {
            return List.of();
        }
        record Candidate(String key, int distance, int lengthDifference) {
        }
        List<Candidate> candidates = new ArrayList<>();
        keyByFolded.forEach((name, key) -> {
            int d = name.startsWith(folded) || folded.startsWith(name) ? 1 : distance(folded, name);
            if (d <= Math.max(1, Math.min(folded.length(), name.length()) / 3)) {
                candidates.add(new Candidate(key, d, Math.abs(name.length() - folded.length())));
            }
        });
        candidates.sort(Comparator.comparingInt(Candidate::distance).thenComparingInt(Candidate::lengthDifference)
                .thenComparing(Candidate::key));
        Set<String> keys = new LinkedHashSet<>();
        candidates.forEach(c -> keys.add(c.key()));
        return keys.stream().limit(MAX_SUGGESTIONS).toList();
    }

    static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-/'’.]", "");
    }

    /** Levenshtein distance: the number of single-letter edits between two names. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
