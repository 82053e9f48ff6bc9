package nl.binnenhof.server.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Answers are kept for their time, identical requests in flight are answered once, failures are not kept. */
class AnswerCacheTest {
    @Test
    void aKeptAnswerIsNotComputedAgain() {
        AnswerCache cache = new AnswerCache(Duration.ofMinutes(1), 10);
        AtomicInteger computed = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(new byte[] {1}, cache.answer("a", () -> {
                computed.incrementAndGet();
                return new byte[] {1};
            }));
        }
        assertEquals(1, computed.get());
    }

    @Test
    void identicalRequestsInFlightAreAnsweredOnceEvenWithoutKeeping() throws Exception {
        AnswerCache cache = new AnswerCache(Duration.ZERO, 10);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> cache.answer("k", () -> {
                computed.incrementAndGet();
                started.countDown();
                await(release);
                return new byte[] {7};
            })));
            started.await(5, TimeUnit.SECONDS);
            for (int i = 0; i < 7; i++) {
                answers.add(pool.submit(() -> cache.answer("k", () -> {
                    computed.incrementAndGet();
                    return new byte[] {8};
                })));
            }
            Thread.sleep(100); // the seven wait on the first
            release.countDown();
            for (Future<byte[]> f : answers) {
                assertArrayEquals(new byte[] {7}, f.get(5, TimeUnit.SECONDS));
            }
            assertEquals(1, computed.get());
            assertEquals(0, cache.size(), "nothing is kept with a time of zero");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void failuresAreNotKept() {
        AnswerCache cache = new AnswerCache(Duration.ofMinutes(1), 10);
        assertThrows(ApiError.class, () -> cache.answer("x", () -> {
            throw ApiError.notFound("no");
        }));
        assertArrayEquals(new byte[] {2}, cache.answer("x", () -> new byte[] {2}));
    }

    @Test
    void theNumberOfAnswersIsBounded() {
        AnswerCache cache = new AnswerCache(Duration.ofMinutes(1), 5);
        for (int i = 0; i < 50; i++) {
            cache.answer("k" + i, () -> new byte[] {0});
        }
        assertEquals(5, cache.size());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
