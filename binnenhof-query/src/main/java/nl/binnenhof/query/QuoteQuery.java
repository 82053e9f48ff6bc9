package nl.binnenhof.query;

/**
 * Which quotes; every filter is optional.
 *
 * @param speaker a canonical name, or a unique part of one such as a surname
 * @param party   the speaker's party (a person's party as of the article, or a party speaking)
 * @param text    query over the quoted words, in the syntax of {@link ArticleQuery#text}, without fields
 * @param kind    direct, mixed or indirect
 * @param dates   only quotes from articles dated within this range
 */
public record QuoteQuery(String speaker, String party, String text, String kind, DateRange dates) {
    public QuoteQuery {
        dates = dates == null ? DateRange.ALL : dates;
    }

    public static QuoteQuery bySpeaker(String speaker) {
        return new QuoteQuery(speaker, null, null, null, null);
    }
}
