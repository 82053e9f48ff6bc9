package nl.binnenhof.query;

/**
 * What to count over time.
 *
 * @param subject an actor, a party or a full-text query
 * @param value   the actor's or party's name, or the query
 * @param by      the size of a bucket
 * @param dates   only within this range
 */
public record TimelineQuery(Subject subject, String value, Granularity by, DateRange dates) {
    public enum Subject { ACTOR, PARTY, QUERY }

    public enum Granularity { DAY, WEEK, MONTH }

    public TimelineQuery {
        if (subject == null || value == null || value.isBlank()) {
            throw new QueryException("a timeline needs an actor, a party or a query");
        }
        by = by == null ? Granularity.MONTH : by;
        dates = dates == null ? DateRange.ALL : dates;
    }
}
