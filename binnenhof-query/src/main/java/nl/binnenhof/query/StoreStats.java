package nl.binnenhof.query;

/**
 * What a store holds.
 *
 * @param firstDate date of the oldest dated article (YYYY-MM-DD), or null
 * @param lastDate  date of the newest
 * @param bytes     size of the index on disk
 */
public record StoreStats(String dataDirectory, long articles, long quotes, long mentions, long persons,
                         long parties, long organisations, String firstDate, String lastDate, long bytes) {
}
