package nl.binnenhof.server;

import java.time.Duration;

/**
 * How the server runs.
 *
 * @param host         the address to listen on: loopback by default, so the record is not offered to the network
 *                     unless asked
 * @param port         the port; 0 for any free one
 * @param threads      request threads at most; more requests wait in the queue
 * @param refreshEvery how often the server looks for what an ingest has committed meanwhile
 * @param cacheFor     how long a JSON answer is kept for identical requests; zero keeps none
 */
public record ServerOptions(String host, int port, int threads, Duration refreshEvery, Duration cacheFor) {
    public static final int DEFAULT_PORT = 8080;
    /** Answers kept at most; each is at most 1 MB, most are a few kB. */
    static final int CACHED_ANSWERS = 2_000;

    public ServerOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("the port must be 0 to 65535, not " + port);
        }
        if (threads < 4) {
            throw new IllegalArgumentException("the server needs at least 4 threads");
        }
        if (cacheFor.isNegative()) {
            throw new IllegalArgumentException("the cache time cannot be negative");
        }
    }

    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", DEFAULT_PORT, 64, Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    public ServerOptions withHost(String value) {
        return new ServerOptions(value, port, threads, refreshEvery, cacheFor);
    }

    public ServerOptions withPort(int value) {
        return new ServerOptions(host, value, threads, refreshEvery, cacheFor);
    }

    public ServerOptions withCacheFor(Duration value) {
        return new ServerOptions(host, port, threads, refreshEvery, value);
    }
}
