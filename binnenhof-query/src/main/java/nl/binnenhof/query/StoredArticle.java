package nl.binnenhof.query;

import java.util.Map;

/**
 * An article as stored: the text as read (every offset in the analysis points into it) and the whole analysis
 * JSON, with whatever fields the analysis writes.
 */
public record StoredArticle(String id, String date, String title, String headline, String source, String origin,
                            String text, Map<String, Object> analysis) {
}
