package nl.binnenhof.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

import nl.binnenhof.analysis.Analyzer;
import nl.binnenhof.read.Article;
import nl.binnenhof.text.Pipeline;
import nl.binnenhof.text.Sentence;
import nl.binnenhof.text.TextAnalysis;
import nl.binnenhof.text.TextLayers;

/**
 * One ingest: the reading thread offers articles, passes over those already stored, and hands the others in
 * batches to worker threads that analyse them and add their blocks to the one {@link IndexWriter} (which
 * inverts documents in the calling thread, so indexing uses every worker too). The reading thread commits
 * every so many articles or seconds; each block replaces the old one atomically, so a commit, and a crash
 * between commits, never leaves an article without its quotes and mentions.
 */
final class IngestRun {
    private static final long PROGRESS_NANOS = 200_000_000L;

    /**
     * @param previousHash the hash stored before, or null when the article is new
     * @param analysis     the analysis JSON when it was computed elsewhere (a Spark run), or null to analyse here
     */
    private record Job(Article article, String hash, String previousHash, Map<String, Object> analysis) {
        boolean isNew() {
            return previousHash == null;
        }
    }

    private final IndexWriter writer;
    private final Analyzer analyzer;
    /** The text stages alone, for the sentences of an article analysed elsewhere. */
    private final Pipeline textStages = TextAnalysis.pipeline();
    private final KnownArticles known;
    private final IngestOptions options;
    private final IngestListener listener;
    private final boolean force;
    private final ExecutorService workers;
    private final Semaphore inFlight;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicLong added = new AtomicLong();
    private final AtomicLong updated = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final long start = System.nanoTime();
    private List<Job> batch = new ArrayList<>();
    private long read;
    private long unchanged;
    private long submittedSinceCommit;
    private long lastCommit = start;
    private long lastProgress = start;

    /**
     * @param force when true, every article is analysed again even if stored unchanged (reindex)
     */
    IngestRun(IndexWriter writer, Analyzer analyzer, KnownArticles known, IngestOptions options,
            IngestListener listener, boolean force) {
        this.writer = writer;
        this.analyzer = analyzer;
        this.known = known;
        this.options = options;
        this.listener = listener;
        this.force = force;
        this.workers = Executors.newFixedThreadPool(options.threads(), Thread.ofPlatform().name("ingest-", 1)
                .daemon(true).factory());
        this.inFlight = new Semaphore(options.threads() * 2);
    }

    /** Called by the reading thread for every article read. */
    void offer(Article article) {
        offer(article, null);
    }

    /**
     * Called by the reading thread for every article whose analysis was computed elsewhere: it is stored as it is,
     * only the sentences, which the index needs and the analysis JSON lacks, are found here (a small part of the
     * work of an analysis).
     */
    void offer(Article article, Map<String, Object> analysis) {
        read++;
        String hash = ContentHash.of(article);
        String previous = known.hash(article.id());
        if (hash.equals(previous) && !force) {
            unchanged++;
        } else {
            known.put(article.id(), hash);
            batch.add(new Job(article, hash, previous, analysis));
            if (batch.size() >= options.batchSize()) {
                submitBatch();
            }
        }
        tick();
    }

    /** Indexes what is left, waits for the workers and commits. */
    IngestProgress finish() throws IOException {
        try {
            submitBatch();
            awaitWorkers();
            writer.commit();
        } finally {
            workers.shutdownNow();
        }
        IngestProgress last = progress();
        listener.progress(last);
        return last;
    }

    private void submitBatch() {
        if (batch.isEmpty()) {
            return;
        }
        List<Job> jobs = batch;
        batch = new ArrayList<>(options.batchSize());
        acquire(1);
        workers.execute(() -> {
            try {
                for (Job job : jobs) {
                    if (failure.get() == null) {
                        index(job);
                    }
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            } finally {
                inFlight.release();
            }
        });
        submittedSinceCommit += jobs.size();
    }

    private void index(Job job) throws IOException {
        Article article = job.article();
        List<Document> block;
        try {
            block = job.analysis() == null ? ArticleDocuments.block(article, job.hash(), analyzer.analyze(article))
                    : ArticleDocuments.block(article, job.hash(), job.analysis(), sentences(article));
        } catch (RuntimeException | StackOverflowError e) {
            // One article the analysis cannot handle must not stop the run; it is reported and left out.
            failed.incrementAndGet();
            known.restore(article.id(), job.previousHash());
            String what = job.analysis() == null ? "analysis of \"" : "storing the analysis of \"";
            listener.problem(article.origin(), what + article.id() + "\" failed (" + e + "); the article was not stored");
            return;
        }
        if (job.isNew()) {
            writer.addDocuments(block); // nothing to replace: the id is in no commit and in no earlier batch
        } else {
            writer.updateDocuments(new Term(Fields.ARTICLE, article.id()), block);
        }
        (job.isNew() ? added : updated).incrementAndGet();
    }

    private List<Sentence> sentences(Article article) {
        nl.binnenhof.text.Document doc = new nl.binnenhof.text.Document(article);
        textStages.annotate(doc);
        return doc.get(TextLayers.SENTENCES);
    }

    private void tick() {
        long now = System.nanoTime();
        if (submittedSinceCommit >= options.commitEvery() || now - lastCommit >= options.commitInterval().toNanos()) {
            commit(now);
        }
        if (now - lastProgress >= PROGRESS_NANOS) {
            lastProgress = now;
            listener.progress(progress());
        }
        rethrowFailure();
    }

    private void commit(long now) {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new StoreFailure("the store could not commit: " + e.getMessage(), e);
        }
        submittedSinceCommit = 0;
        lastCommit = now;
    }

    private void awaitWorkers() {
        acquire(options.threads() * 2);
        inFlight.release(options.threads() * 2);
        rethrowFailure();
    }

    private void acquire(int permits) {
        try {
            while (!inFlight.tryAcquire(permits, 100, TimeUnit.MILLISECONDS)) {
                rethrowFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreFailure("the ingest was interrupted", e);
        }
    }

    private void rethrowFailure() {
        Throwable t = failure.get();
        if (t != null) {
            String message = t instanceof IOException || t instanceof UncheckedIOException
                    ? "writing to the store failed: " + t.getMessage()
                    : "the ingest failed: " + t;
            throw new StoreFailure(message, t);
        }
    }

    private IngestProgress progress() {
        return new IngestProgress(read, added.get(), updated.get(), unchanged, failed.get(),
                (System.nanoTime() - start) / 1e9);
    }
}
