package nl.binnenhof.store;

import java.time.Duration;

/**
 * How an ingest runs.
 *
 * @param threads        threads that analyse and index; both cores of a small machine by default
 * @param batchSize      articles handed to a thread at once: large enough to keep hand-over cheap
 * @param commitEvery    articles after which the store commits, so a crash loses at most this many
 * @param commitInterval time after which the store commits in any case
 */
public record IngestOptions(int threads, int batchSize, int commitEvery, Duration commitInterval) {
    public IngestOptions {
        if (threads < 1 || batchSize < 1 || commitEvery < 1 || commitInterval.isNegative()) {
            throw new IllegalArgumentException("threads, batch size and commit interval must be positive");
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), 64, 20_000, Duration.ofSeconds(10));
    }

    public IngestOptions withThreads(int n) {
        return new IngestOptions(n, batchSize, commitEvery, commitInterval);
    }

    public IngestOptions withCommitEvery(int articles) {
        return new IngestOptions(threads, batchSize, articles, commitInterval);
    }
}
