package nl.binnenhof.query;

import java.util.List;

/**
 * One actor named in one article, for exports: the table of who appears where.
 *
 * @param type     person, party or organisation
 * @param mentions times named in the article
 * @param party    a person's party as of the article
 * @param roles    a person's roles in the article
 */
public record MentionRow(String articleId, String date, String actor, String type, int mentions, String party,
                         List<String> roles) {
}
