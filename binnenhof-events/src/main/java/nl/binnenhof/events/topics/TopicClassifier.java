package nl.binnenhof.events.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.binnenhof.quotes.Quote;
import nl.binnenhof.quotes.QuoteLayers;
import nl.binnenhof.text.Annotator;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Layer;
import nl.binnenhof.text.Sentence;
import nl.binnenhof.text.TextLayers;
import nl.binnenhof.text.Spans;
import nl.binnenhof.text.Token;

/**
 * Gives the article and each of its quotes a CAP major topic, scored by Dutch cue words. An article needs a
 * score of at least {@value #ARTICLE_MINIMUM} (two cue words, or one in the headline or lead, whose
 * first {@value #LEAD_SENTENCES} sentences count double); a quote needs {@value #QUOTE_MINIMUM}. Below
 * that the topic is left open rather than guessed. A tie goes to the topic whose cue comes first.
 */
public final class TopicClassifier implements Annotator {
    static final double ARTICLE_MINIMUM = 2.0;
    static final double QUOTE_MINIMUM = 1.0;
    static final int LEAD_SENTENCES = 2;
    private static final int MAX_CUES_SHOWN = 8;
    private static final int MAX_CODE = 99;

    private final TopicScheme scheme = new TopicScheme();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.TOKENS, TextLayers.LOWER_CASE, TextLayers.SENTENCES, QuoteLayers.QUOTES,
                QuoteLayers.INDIRECT_QUOTES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(TopicLayers.TOPICS);
    }

    @Override
    public void annotate(Document doc) {
        List<Token> tokens = doc.get(TextLayers.TOKENS);
        List<String> lower = doc.get(TextLayers.LOWER_CASE);
        List<Sentence> sentences = doc.get(TextLayers.SENTENCES);
        // each word matched once: the quotes are scored over the same tokens as the article
        TopicScheme.Cue[] cues = new TopicScheme.Cue[tokens.size()];
        for (int i = 0; i < cues.length; i++) {
            cues[i] = tokens.get(i).isWord() ? scheme.match(lower.get(i)) : null;
        }
        int leadEnd = sentences.size() > LEAD_SENTENCES ? sentences.get(LEAD_SENTENCES).begin() : Integer.MAX_VALUE;
        List<TopicAssignment> out = new ArrayList<>();
        out.add(score(tokens, lower, cues, 0, doc.text().length(), leadEnd, ARTICLE_MINIMUM, TopicAssignment.ARTICLE,
                null));
        List<Quote> quotes = new ArrayList<>(doc.get(QuoteLayers.QUOTES));
        quotes.addAll(doc.get(QuoteLayers.INDIRECT_QUOTES));
        for (Quote q : quotes) {
            out.add(score(tokens, lower, cues, q.contentBegin(), q.contentEnd(), -1, QUOTE_MINIMUM,
                    TopicAssignment.QUOTE, q.speaker()));
        }
        doc.add(TopicLayers.TOPICS, out);
    }

    /** The topic of the tokens in {@code begin..end}; those before {@code leadEnd} count double. */
    private TopicAssignment score(List<Token> tokens, List<String> lower, TopicScheme.Cue[] cueAt, int begin, int end,
                                  int leadEnd, double minimum, String scope, String speaker) {
        // indexed by CAP code, which stays below 100; the order of first appearance breaks ties
        double[] scores = new double[MAX_CODE + 1];
        List<CapTopic> seen = new ArrayList<>(4);
        Map<Integer, Set<String>> cues = new HashMap<>();
        for (int i = Spans.firstAtOrAfter(tokens, begin); i < tokens.size() && tokens.get(i).end() <= end; i++) {
            TopicScheme.Cue cue = cueAt[i];
            if (cue != null) {
                Token t = tokens.get(i);
                String word = lower.get(i);
                int code = cue.topic().code();
                if (scores[code] == 0) {
                    seen.add(cue.topic());
                }
                scores[code] += t.begin() < leadEnd ? 2 * cue.weight() : cue.weight();
                cues.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(word);
            }
        }
        CapTopic best = null;
        double bestScore = 0;
        for (CapTopic topic : seen) {
            if (scores[topic.code()] > bestScore) { // strictly greater: the first topic found keeps a tie
                best = topic;
                bestScore = scores[topic.code()];
            }
        }
        if (best == null || bestScore < minimum) {
            return new TopicAssignment(scope, begin, end, null, bestScore, List.of(), speaker);
        }
        List<String> shown = cues.get(best.code()).stream().limit(MAX_CUES_SHOWN).toList();
        return new TopicAssignment(scope, begin, end, best, bestScore, shown, speaker);
    }
}
