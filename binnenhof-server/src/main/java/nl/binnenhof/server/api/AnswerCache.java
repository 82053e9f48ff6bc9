package nl.binnenhof.server.api;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Recent JSON answers, kept for a few seconds: the record changes only when an ingest commits, while readers ask
 * the same things (the profile of the premier, the network of the week) many times over. A request that is being
 * answered is answered once: identical requests arriving meanwhile wait for that answer instead of computing it
 * again. Failures are not kept. With a time of zero nothing is kept beyond that.
 */
public final class AnswerCache {
    /** Answers larger than this are not kept, so the cache's memory stays bounded. */
    static final int MAX_BYTES_PER_ANSWER = 1 << 20;

    private final long ttlNanos;
    private final int maxEntries;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(CompletableFuture<byte[]> answer, long expires) {
    }

    public AnswerCache(Duration ttl, int maxEntries) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    public static AnswerCache none() {
        return new AnswerCache(Duration.ZERO, 0);
    }

    /** The answer for the key: kept, being computed by another request, or computed now. */
    byte[] answer(String key, Supplier<byte[]> compute) {
        long now = System.nanoTime();
        Entry fresh = new Entry(new CompletableFuture<>(), now + ttlNanos);
        Entry current = entries.compute(key, (k, old) -> old != null && usable(old, now) ? old : fresh);
        if (current != fresh) {
            return await(current.answer());
        }
        try {
            byte[] answer = compute.get();
            fresh.answer().complete(answer);
            if (ttlNanos <= 0 || answer.length > MAX_BYTES_PER_ANSWER) {
                entries.remove(key, fresh);
            }
            trim(now);
            return answer;
        } catch (RuntimeException | Error e) {
            entries.remove(key, fresh);
            fresh.answer().completeExceptionally(e);
            throw e;
        }
    }

    /** An answer still being computed is shared; a computed one until it expires. */
    private static boolean usable(Entry entry, long now) {
        return !entry.answer().isDone() || entry.expires() - now > 0;
    }

    int size() {
        return entries.size();
    }

    /** Drops expired answers; when still over the limit, drops answers until under it. */
    private void trim(long now) {
        if (entries.size() <= maxEntries) {
            return;
        }
        entries.entrySet().removeIf(e -> e.getValue().expires() - now <= 0 && e.getValue().answer().isDone());
        var it = entries.entrySet().iterator();
        while (entries.size() > maxEntries && it.hasNext()) {
            if (it.next().getValue().answer().isDone()) {
                it.remove();
            }
        }
    }

    private static byte[] await(CompletableFuture<byte[]> answer) {
        try {
            return answer.join();
        } catch (CompletionException | CancellationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
