package nl.binnenhof.events.topics;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.binnenhof.events.words.WordMatcher;
import nl.binnenhof.text.Lexicon;

/**
 * The CAP major topics ({@code cap-major-topics.tsv}) and their Dutch cue words ({@code cap-cues.tsv}),
 * loaded once. A word matches its longest cue: the word itself, a cue it begins with ("asiel*"), or a cue it
 * ends with ("*migratie"), so Dutch compounds find their topic.
 */
final class TopicScheme {
    /** A cue word and what it counts for. */
    record Cue(CapTopic topic, double weight) {
    }

    private final Map<Integer, CapTopic> topics = new LinkedHashMap<>();
    private final WordMatcher<Cue> cues = new WordMatcher<>();

    TopicScheme() {
        for (String[] row : Lexicon.rows(TopicScheme.class, "cap-major-topics.tsv")) {
            int code = Integer.parseInt(row[0].strip());
            topics.put(code, new CapTopic(code, row[1].strip(), row[2].strip()));
        }
        for (String[] row : Lexicon.rows(TopicScheme.class, "cap-cues.tsv")) {
            CapTopic topic = topics.get(Integer.parseInt(row[0].strip()));
            if (topic == null) {
                throw new IllegalStateException("cap-cues.tsv: no CAP topic " + row[0]);
            }
            double weight = row.length > 2 ? Double.parseDouble(row[2].strip()) : 1.0;
            cues.add(row[1].strip(), new Cue(topic, weight));
        }
    }

    /** The cue a word matches, in any case, or null. */
    Cue match(String word) {
        return cues.match(word);
    }
}
