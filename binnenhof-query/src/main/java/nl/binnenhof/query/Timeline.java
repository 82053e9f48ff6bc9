package nl.binnenhof.query;

import java.util.List;

/**
 * Counts per day, week or month, every bucket from the first to the last with data (empty ones included, so
 * that a chart shows the gaps).
 *
 * @param name    the subject as resolved: the canonical actor or party name, or the query
 * @param undated articles that matched but have no date, so are in no bucket (their quotes are left out too)
 */
public record Timeline(String subject, String name, String by, List<Bucket> buckets, long undated) implements Tabular {

    /**
     * @param start    first day of the bucket (a Monday for weeks)
     * @param articles articles naming the actor or party, or matching the query
     * @param mentions times the actor or party is named (for a query: the matching articles)
     * @param quotes   quotes by the actor, by the party's people, or whose words match the query
     */
    public record Bucket(String start, long articles, long mentions, long quotes) {
    }

    @Override
    public List<?> rows() {
        return buckets;
    }
}
