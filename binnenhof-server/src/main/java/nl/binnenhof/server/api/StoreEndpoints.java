package nl.binnenhof.server.api;

import java.util.List;

import nl.binnenhof.query.Archive;
import nl.binnenhof.query.StoreStats;

/** What the store holds. */
final class StoreEndpoints {
    static final String TAG = "Store";

    /**
     * The counts of the store, without where it lies on the server's disk.
     *
     * @param firstDate the date of the oldest dated article (YYYY-MM-DD), or null
     * @param bytes     the size of the index on disk
     */
    public record Summary(long articles, long quotes, long mentions, long persons, long parties,
                          long organisations, String firstDate, String lastDate, long bytes) {
        static Summary of(StoreStats s) {
            return new Summary(s.articles(), s.quotes(), s.mentions(), s.persons(), s.parties(), s.organisations(),
                    s.firstDate(), s.lastDate(), s.bytes());
        }
    }

    private StoreEndpoints() {
    }

    static List<Endpoint> all(Archive archive) {
        return List.of(new Endpoint("/api/stats", TAG, "Store summary",
                "How many articles, quotes and mentions the store holds, of how many actors, over which dates.",
                List.of(), Summary.class, List.of(), p -> Summary.of(archive.stats())));
    }
}
