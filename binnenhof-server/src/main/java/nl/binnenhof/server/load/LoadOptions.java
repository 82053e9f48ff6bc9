package nl.binnenhof.server.load;

import java.time.Duration;

/**
 * How hard and how long to load a server: a run ends when either bound is reached.
 *
 * @param clients  concurrent clients, each sending its next request as soon as the last is answered
 * @param duration the longest the run may take
 * @param requests the most requests to send in all
 */
public record LoadOptions(int clients, Duration duration, long requests) {
    public LoadOptions {
        if (clients < 1 || duration.isNegative() || duration.isZero() || requests < 1) {
            throw new IllegalArgumentException("clients, duration and requests must be positive");
        }
    }
}
