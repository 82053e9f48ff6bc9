package nl.binnenhof.events.topics;

import java.util.List;

import nl.binnenhof.text.Span;

/**
 * The policy topic of an article or of one quote.
 *
 * @param scope   "article" or "quote"
 * @param begin   start of what was scored (the article text, or the quoted words)
 * @param end     end of it
 * @param topic   the CAP major topic, or null when no topic reaches the minimum score
 * @param score   the topic's score: its cue words, weighted (lead sentences of an article count double)
 * @param cues    the distinct cue words found for it, in order
 * @param speaker the quote's speaker, or null
 */
public record TopicAssignment(String scope, int begin, int end, CapTopic topic, double score, List<String> cues,
                              String speaker) implements Span {
    public static final String ARTICLE = "article";
    public static final String QUOTE = "quote";
}
