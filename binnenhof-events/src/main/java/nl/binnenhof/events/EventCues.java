package nl.binnenhof.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.binnenhof.events.words.LowerCaseWords;
import nl.binnenhof.events.words.WordMatcher;
import nl.binnenhof.text.Lexicon;

/**
 * The cue lexicons of the event stage, loaded once: {@code event-cues.tsv} (cue patterns per event type),
 * {@code negotiation-terms.txt} (the context some cues need) and {@code event-modality.tsv} (words that
 * make an event hypothetical).
 */
final class EventCues {
    record Cue(EventType type, WordPattern pattern, boolean needsContext) {
    }

    final List<Cue> cues = new ArrayList<>();
    /** The cues by the words they can start with ("kabinet", "kabinet-*", "*voorstel"): their indices. */
    private final WordMatcher<int[]> byFirstWord = new WordMatcher<>();
    private final WordMatcher<Boolean> negotiationTerms = new WordMatcher<>();
    private final Map<String, Boolean> modality = new HashMap<>();

    EventCues() {
        for (String[] row : Lexicon.rows(EventCues.class, "event-cues.tsv")) {
            cues.add(new Cue(EventType.valueOf(row[0].strip()), WordPattern.parse(row[1]),
                    row.length > 2 && row[2].strip().equals("yes")));
        }
        Map<String, List<Integer>> starts = new LinkedHashMap<>();
        for (int i = 0; i < cues.size(); i++) {
            for (String first : cues.get(i).pattern().firstWords()) {
                starts.computeIfAbsent(first, k -> new ArrayList<>()).add(i);
            }
        }
        starts.forEach((first, indices) -> byFirstWord.add(first, indices.stream().mapToInt(Integer::intValue).toArray()));
        for (String term : Lexicon.entries(EventCues.class, "negotiation-terms.txt")) {
            negotiationTerms.add(term, Boolean.TRUE);
        }
        for (String[] row : Lexicon.rows(EventCues.class, "event-modality.tsv")) {
            modality.put(row[0].strip(), row[1].strip().equals("clause-start"));
        }
    }

    /**
     * The first match of every cue in tokens {@code from..to-1}, in lexicon order (null where a cue does not
     * match). A cue is tried only where its first word occurs: matching every pattern at every token would
     * cost the most of this stage.
     */
    WordPattern.Match[] matches(LowerCaseWords w, int from, int to) {
        WordPattern.Match[] found = new WordPattern.Match[cues.size()];
        List<int[]> starting = new ArrayList<>(4);
        for (int t = from; t < to; t++) {
            for (int[] indices : byFirstWord.allMatches(w.written(t), starting)) {
                for (int i : indices) {
                    if (found[i] == null) {
                        found[i] = cues.get(i).pattern().findAt(w, t, to);
                    }
                }
            }
        }
        return found;
    }

    /** Whether one of the tokens speaks of negotiating. */
    boolean speaksOfNegotiating(LowerCaseWords w, int from, int to) {
        for (int t = from; t < to; t++) {
            if (negotiationTerms.matches(w.written(t))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence makes what it reports a condition, a possibility or a threat. */
    boolean hypothetical(LowerCaseWords w, int from, int to) {
        for (int t = from; t < to; t++) {
            Boolean clauseStartOnly = modality.get(w.get(t));
            if (clauseStartOnly != null && (!clauseStartOnly || t == from || w.is(t - 1, ","))) {
                return true;
            }
        }
        return false;
    }
}
