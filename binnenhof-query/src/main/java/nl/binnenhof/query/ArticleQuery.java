package nl.binnenhof.query;

/**
 * Which articles: a full-text query and filters, all optional.
 *
 * @param text   query in Lucene syntax over the Dutch-stemmed text: words (all required), "phrases", AND, OR,
 *               NOT, +/-, (groups), prefix*, and the fields title:, person:, party:, organisation:; null or
 *               blank for all articles
 * @param person only articles naming this person (a canonical name, or a unique part of one such as a surname)
 * @param party  only articles naming this party
 * @param dates  only articles dated within this range
 * @param order  relevance, or by date
 */
public record ArticleQuery(String text, String person, String party, DateRange dates, Order order) {
    public enum Order { RELEVANCE, NEWEST, OLDEST }

    public ArticleQuery {
        dates = dates == null ? DateRange.ALL : dates;
        order = order == null ? (text == null || text.isBlank() ? Order.NEWEST : Order.RELEVANCE) : order;
    }

    public static ArticleQuery text(String text) {
        return new ArticleQuery(text, null, null, null, null);
    }
}
