package nl.binnenhof.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private final List<String> negotiationTerms;
    private final Map<String, Boolean> modality = new HashMap<>();

    EventCues() {
        for (String[] row : Lexicon.rows(EventCues.class, "event-cues.tsv")) {
            cues.add(new Cue(EventType.valueOf(row[0].strip()), WordPattern.parse(row[1]),
                    row.length > 2 && row[2].strip().equals("yes")));
        }
        negotiationTerms = Lexicon.entries(EventCues.class, "negotiation-terms.txt");
        for (String[] row : Lexicon.rows(EventCues.class, "event-modality.tsv")) {
            modality.put(row[0].strip(), row[1].strip().equals("clause-start"));
        }
    }

    /** Whether one of the tokens speaks of negotiating. */
    boolean speaksOfNegotiating(String[] lower, int from, int to) {
        for (int t = from; t < to; t++) {
            for (String term : negotiationTerms) {
                if (WordPattern.matchesOne(term, lower[t])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the sentence makes what it reports a condition, a possibility or a threat. */
    boolean hypothetical(String[] lower, int from, int to) {
        for (int t = from; t < to; t++) {
            Boolean clauseStartOnly = modality.get(lower[t]);
            if (clauseStartOnly != null && (!clauseStartOnly || t == from || lower[t - 1].equals(","))) {
                return true;
            }
        }
        return false;
    }
}
