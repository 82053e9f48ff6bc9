package nl.binnenhof.server.dossiers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.binnenhof.analysis.Analyzer;
import nl.binnenhof.events.dossiers.ArticleDigest;
import nl.binnenhof.events.dossiers.Dossier;
import nl.binnenhof.events.dossiers.DossierBuilder;
import nl.binnenhof.query.Archive;
import nl.binnenhof.query.ArticleQuery;
import nl.binnenhof.query.StoreStats;
import nl.binnenhof.read.Article;

/**
 * The dossiers of the store: its articles grouped by {@link DossierBuilder} (same policy topic, close in time,
 * actors in common), each with its timeline of negotiation events and the positions of its actors. The store keeps
 * each article's text, so the catalog analyses the stored texts again in the background, when the server starts
 * and whenever an ingest has changed the store, and swaps in the new dossiers when they are complete; until the
 * first are, {@link #current()} is empty.
 *
 * <p>Dossier ids are made from the topic and the dossier's first article, so they stay the same when later
 * articles join a dossier.
 */
public final class DossierCatalog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DossierCatalog.class);

    private final Archive archive;
    private final ScheduledExecutorService worker;
    private volatile Snapshot current;
    private volatile String fingerprint;
    private volatile String problem;
    private Analyzer analyzer;

    /**
     * The dossiers as computed from one state of the store.
     *
     * @param dossiers   by id, in order of time
     * @param headlines  the date and headline of every article in a dossier, by id
     * @param computedAt when the analysis finished
     */
    public record Snapshot(Map<String, Dossier> dossiers, Map<String, ArticleRef> headlines, Instant computedAt,
                           long articles) {
    }

    /** An article as a dossier lists it. */
    public record ArticleRef(String id, String date, String headline) {
    }

    private DossierCatalog(Archive archive) {
        this.archive = archive;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "binnenhof-dossiers");
            t.setDaemon(true);
            return t;
        });
    }

    /** Computes the dossiers now in the background, then again whenever the store has changed. */
    public static DossierCatalog start(Archive archive, Duration checkEvery) {
        DossierCatalog catalog = new DossierCatalog(archive);
        long every = Math.max(1, checkEvery.toMillis());
        catalog.worker.scheduleWithFixedDelay(catalog::updateIfChanged, 0, every, TimeUnit.MILLISECONDS);
        return catalog;
    }

    /** The dossiers, once computed. */
    public Optional<Snapshot> current() {
        return Optional.ofNullable(current);
    }

    /** Why the last computation failed, or null when it did not. */
    public String problem() {
        return problem;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private void updateIfChanged() {
        try {
            StoreStats stats = archive.stats();
            String now = stats.articles() + "/" + stats.quotes() + "/" + stats.mentions() + "/" + stats.bytes();
            if (!now.equals(fingerprint)) {
                current = compute(stats.articles());
                fingerprint = now;
                problem = null;
            }
        } catch (RuntimeException | LinkageError e) {
            // a scheduled task that throws is never run again: report, and try again at the next check
            problem = e.toString();
            LOG.warn("could not compute the dossiers: {}", problem, e);
        }
    }

    private Snapshot compute(long articles) {
        if (analyzer == null) {
            analyzer = Analyzer.create();
        }
        List<ArticleDigest> digests = new ArrayList<>();
        Map<String, ArticleRef> headlines = new HashMap<>();
        archive.exportArticles(new ArticleQuery(null, null, null, null, ArticleQuery.Order.OLDEST), stored -> {
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("stopped");
            }
            Article article = new Article(stored.id(), stored.text(), stored.date(), stored.title(), stored.source(),
                    stored.origin());
            digests.add(analyzer.analyze(article).dossierDigest());
            headlines.put(stored.id(), new ArticleRef(stored.id(), stored.date(), stored.headline()));
        });
        Map<String, Dossier> byId = new LinkedHashMap<>();
        Map<String, ArticleRef> listed = new HashMap<>();
        for (Dossier d : DossierBuilder.group(digests)) {
            String id = DossierIds.of(d, byId.keySet());
            byId.put(id, new Dossier(id, d.title(), d.topic(), d.period(), d.articles(), d.participants(),
                    d.timeline(), d.positions()));
            d.articles().forEach(a -> listed.put(a, headlines.get(a)));
        }
        return new Snapshot(byId, listed, Instant.now(), articles);
    }
}
