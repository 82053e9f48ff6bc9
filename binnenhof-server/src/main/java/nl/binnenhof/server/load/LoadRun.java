package nl.binnenhof.server.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A load run: a number of clients, each sending the next request of the {@link RequestMix} as soon as its last
 * one is answered, until the time or the request budget runs out. Every answer other than 200, and every request
 * that fails or times out, counts as an error.
 */
public final class LoadRun {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final LoadOptions options;

    public LoadRun(URI base, LoadOptions options) {
        this.base = base;
        this.options = options;
    }

    public LoadReport run() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        RequestMix mix = RequestMix.discover(client, base);
        AtomicLong next = new AtomicLong();
        Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        List<Latencies> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + options.duration().toNanos();
        for (int c = 0; c < options.clients(); c++) {
            Latencies latencies = new Latencies();
            perClient.add(latencies);
            threads.add(Thread.ofPlatform().name("load-client-" + c).start(() -> {
                long n;
                while ((n = next.getAndIncrement()) < options.requests() && System.nanoTime() < deadline) {
                    RequestMix.Request request = mix.get(n);
                    long sent = System.nanoTime();
                    String failure = send(client, request);
                    latencies.add(request.kind(), System.nanoTime() - sent);
                    if (failure != null) {
                        errors.computeIfAbsent(failure, k -> new LongAdder()).increment();
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Long> errorCounts = new TreeMap<>();
        errors.forEach((k, v) -> errorCounts.put(k, v.sum()));
        return LoadReport.of(options, seconds, Latencies.merge(perClient), errorCounts);
    }

    /** Sends one request; returns null when it was answered 200, else what went wrong. */
    private String send(HttpClient client, RequestMix.Request request) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(base.resolve(request.path()))
                    .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200 ? null : "HTTP " + response.statusCode();
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Latencies in nanoseconds per request kind; one per client thread, merged at the end. */
    static final class Latencies {
        final Map<String, long[]> byKind = new TreeMap<>();
        final Map<String, Integer> counts = new TreeMap<>();

        void add(String kind, long nanos) {
            long[] values = byKind.computeIfAbsent(kind, k -> new long[64]);
            int count = counts.getOrDefault(kind, 0);
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
                byKind.put(kind, values);
            }
            values[count] = nanos;
            counts.put(kind, count + 1);
        }

        static Map<String, long[]> merge(List<Latencies> all) {
            Map<String, long[]> merged = new TreeMap<>();
            for (Latencies l : all) {
                l.byKind.forEach((kind, values) -> {
                    long[] mine = Arrays.copyOf(values, l.counts.get(kind));
                    merged.merge(kind, mine, (a, b) -> {
                        long[] both = Arrays.copyOf(a, a.length + b.length);
                        System.arraycopy(b, 0, both, a.length, b.length);
                        return both;
                    });
                });
            }
            return merged;
        }
    }
}
