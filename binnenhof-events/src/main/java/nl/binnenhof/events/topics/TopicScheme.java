package nl.binnenhof.events.topics;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.binnenhof.text.Lexicon;

/**
 * The CAP major topics ({@code cap-major-topics.tsv}) and their Dutch cue words ({@code cap-cues.tsv}),
 * loaded once. A word matches its longest cue: the word itself, a cue it begins with ("asiel*"), or a cue it
 * ends with ("*migratie"), so Dutch compounds find their topic.
 */
final class TopicScheme {
    /** A cue word and what it counts for. */
    record Cue(String stem, CapTopic topic, double weight) {
    }

    private static final int SHORTEST_STEM = 2;

    private final Map<Integer, CapTopic> topics = new LinkedHashMap<>();
    private final Map<String, Cue> whole = new HashMap<>();
    private final Map<String, Cue> prefixes = new HashMap<>();
    private final Map<String, Cue> suffixes = new HashMap<>();
    private final int longestStem;

    TopicScheme() {
        for (String[] row : Lexicon.rows(TopicScheme.class, "cap-major-topics.tsv")) {
            int code = Integer.parseInt(row[0].strip());
            topics.put(code, new CapTopic(code, row[1].strip(), row[2].strip()));
        }
        int longest = 0;
        for (String[] row : Lexicon.rows(TopicScheme.class, "cap-cues.tsv")) {
            CapTopic topic = topics.get(Integer.parseInt(row[0].strip()));
            if (topic == null) {
                throw new IllegalStateException("cap-cues.tsv: no CAP topic " + row[0]);
            }
            String cue = row[1].strip();
            double weight = row.length > 2 ? Double.parseDouble(row[2].strip()) : 1.0;
            if (cue.endsWith("*")) {
                String stem = cue.substring(0, cue.length() - 1);
                prefixes.put(stem, new Cue(stem, topic, weight));
                longest = Math.max(longest, stem.length());
            } else if (cue.startsWith("*")) {
                String stem = cue.substring(1);
                suffixes.put(stem, new Cue(stem, topic, weight));
                longest = Math.max(longest, stem.length());
            } else {
                whole.put(cue, new Cue(cue, topic, weight));
            }
        }
        this.longestStem = longest;
    }

    Collection<CapTopic> topics() {
        return topics.values();
    }

    /** The cue a lower-cased word matches, or null: the word itself first, else the longest stem. */
    Cue match(String word) {
        Cue exact = whole.get(word);
        if (exact != null) {
            return exact;
        }
        for (int length = Math.min(word.length(), longestStem); length >= SHORTEST_STEM; length--) {
            Cue start = prefixes.get(word.substring(0, length));
            Cue end = suffixes.get(word.substring(word.length() - length));
            if (start != null || end != null) {
                return start != null ? start : end;
            }
        }
        return null;
    }
}
