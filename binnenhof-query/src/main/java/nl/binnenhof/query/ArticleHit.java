package nl.binnenhof.query;

import java.util.List;

/**
 * An article in a result list.
 *
 * @param score      relevance to the query (0 when ordered by date)
 * @param snippet    a stretch of the text around the first match, or the start of the text
 * @param highlights [begin, end) offsets of the matched words in {@code snippet}
 */
public record ArticleHit(String id, String date, String headline, String source, float score,
                         List<String> persons, List<String> parties, int quotes, String snippet,
                         List<List<Integer>> highlights) {
}
