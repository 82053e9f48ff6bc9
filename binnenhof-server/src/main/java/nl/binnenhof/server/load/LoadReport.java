package nl.binnenhof.server.load;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a load run measured: requests answered per second, latency percentiles (all requests, and per kind of
 * request), and the errors by cause.
 *
 * @param seconds the wall time of the run
 * @param all     latencies of every request
 * @param byKind  latencies per kind of request (search, quotes, actor, ...)
 * @param errors  error counts by cause ("HTTP 500", "HttpTimeoutException", ...)
 */
public record LoadReport(int clients, long requests, double seconds, Percentiles all, Map<String, Percentiles> byKind,
                         Map<String, Long> errors) {

    /** Latency percentiles in milliseconds. */
    public record Percentiles(long count, double p50, double p95, double p99, double max) {
        static Percentiles of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Percentiles(sorted.length, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        }

        private static double at(long[] sorted, double q) {
            if (sorted.length == 0) {
                return 0;
            }
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
        }
    }

    static LoadReport of(LoadOptions options, double seconds, Map<String, long[]> latencies, Map<String, Long> errors) {
        Map<String, Percentiles> byKind = new LinkedHashMap<>();
        latencies.forEach((kind, values) -> byKind.put(kind, Percentiles.of(values)));
        long[] all = latencies.values().stream().flatMapToLong(Arrays::stream).toArray();
        return new LoadReport(options.clients(), all.length, seconds, Percentiles.of(all), byKind, Map.copyOf(errors));
    }

    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    public double requestsPerSecond() {
        return seconds == 0 ? 0 : requests / seconds;
    }

    /** The report as a small table, for a terminal or BENCHMARKS.md. */
    public String text() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%d clients, %,d requests in %.1f s: %,.0f requests/s, %d errors%s%n",
                clients, requests, seconds, requestsPerSecond(), errorCount(), errors.isEmpty() ? ""
                        : " (" + errors.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining(", ")) + ")"));
        s.append(String.format(Locale.ROOT, "%-10s %9s %9s %9s %9s %9s%n", "kind", "requests", "p50 ms", "p95 ms",
                "p99 ms", "max ms"));
        byKind.forEach((kind, p) -> s.append(row(kind, p)));
        s.append(row("all", all));
        return s.toString();
    }

    private static String row(String kind, Percentiles p) {
        return String.format(Locale.ROOT, "%-10s %,9d %9.1f %9.1f %9.1f %9.1f%n", kind, p.count(), p.p50(), p.p95(),
                p.p99(), p.max());
    }
}
