package nl.binnenhof.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

import nl.binnenhof.analysis.Analyzer;
import nl.binnenhof.read.Article;
import nl.binnenhof.read.ArticleReaders;
import nl.binnenhof.read.ReadProblem;

/**
 * Writes the store: {@link #ingest} reads, analyses and stores articles, or loads the analyses of a Spark run
 * ({@link SparkOutput}); {@link #reindex} analyses the stored
 * texts again. One writer per data directory at a time (a lock file says so); readers may read meanwhile and see
 * each commit.
 *
 * <p>Ingest is idempotent and resumable: an article whose id and content hash are stored is passed over, a
 * changed one replaces its old version, and everything committed before a crash stays, so running the same
 * ingest again completes it.
 */
public final class StoreWriter implements Closeable {
    private final DataDirectory data;
    private final Directory directory;
    private final IndexWriter writer;
    private final KnownArticles known;
    private Analyzer analyzer;

    private StoreWriter(DataDirectory data, Directory directory, IndexWriter writer, KnownArticles known) {
        this.data = data;
        this.directory = directory;
        this.writer = writer;
        this.known = known;
    }

    /** Opens the store in the data directory for writing, creating it when there is none. */
    public static StoreWriter open(DataDirectory data) throws IOException {
        Files.createDirectories(data.index());
        Directory directory = FSDirectory.open(data.index());
        try {
            StoreSchema.check(directory, data);
            // A large buffer and no compound files for new segments: frequent commits then cost a flush, not
            // also a copy of every small segment into one file.
            IndexWriterConfig config = new IndexWriterConfig(new DutchText())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(256)
                    .setUseCompoundFile(false);
            IndexWriter writer;
            try {
                writer = new IndexWriter(directory, config);
            } catch (LockObtainFailedException e) {
                throw new StoreFailure("another process is writing to the store in " + data
                        + " (an ingest or reindex); let it finish first", e);
            }
            writer.setLiveCommitData(Map.of(Fields.COMMIT_SCHEMA, Fields.SCHEMA_VERSION).entrySet());
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit(); // an empty store opens, so readers can tell "empty" from "missing"
            }
            KnownArticles known;
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                known = KnownArticles.load(reader);
            }
            return new StoreWriter(data, directory, writer, known);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    public DataDirectory data() {
        return data;
    }

    /** Articles in the store. */
    public int articles() {
        return known.size();
    }

    /**
     * Reads the paths ({@code "-"} for standard input) and stores every article not stored yet or changed.
     *
     * @throws StoreFailure when the store cannot be written; what was committed before stays
     */
    public IngestSummary ingest(List<String> paths, IngestOptions options, IngestListener listener)
            throws IOException {
        IngestRun run = new IngestRun(writer, analyzer(), known, options, listener, false);
        Consumer<ReadProblem> problems = problem -> listener.problem(problem.location(), problem.message());
        int skipped = 0;
        List<String> articlePaths = new ArrayList<>();
        for (String path : paths) {
            Optional<SparkOutput> spark;
            try {
                spark = path.equals("-") ? Optional.empty() : SparkOutput.at(path);
            } catch (IllegalArgumentException e) {
                listener.problem(path, e.getMessage());
                skipped++;
                continue;
            }
            if (spark.isEmpty()) {
                articlePaths.add(path);
                continue;
            }
            Optional<String> unusable = spark.get().unusable();
            if (unusable.isPresent()) {
                listener.problem(path, unusable.get());
                skipped++;
                continue;
            }
            skipped += ArticleReaders.read(articlePaths, run::offer, problems).skipped();
            articlePaths.clear();
            skipped += loadAnalyses(spark.get(), run, listener, problems);
        }
        skipped += ArticleReaders.read(articlePaths, run::offer, problems).skipped();
        IngestProgress counts = run.finish();
        return new IngestSummary(counts, skipped, known.size());
    }

    /** Loads the analyses of a Spark run as they are; the lines passed over count as skipped inputs. */
    private static int loadAnalyses(SparkOutput spark, IngestRun run, IngestListener listener,
            Consumer<ReadProblem> problems) {
        int[] skipped = {0};
        try {
            spark.read(run::offer, problem -> {
                skipped[0]++;
                problems.accept(problem);
            });
        } catch (UncheckedIOException e) {
            listener.problem(spark.folder().toString(), e.getMessage());
            skipped[0]++;
        }
        return skipped[0];
    }

    /**
     * Analyses every stored article again from its stored text, date, title and source, replacing what was
     * extracted before: for when the analysis has improved. Sources are not read again.
     */
    public IngestSummary reindex(IngestOptions options, IngestListener listener) throws IOException {
        IngestRun run = new IngestRun(writer, analyzer(), known, options, listener, true);
        try (DirectoryReader snapshot = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : snapshot.leaves()) {
                SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.ARTICLE_KEY);
                if (ids == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        run.offer(storedArticle(stored.document(doc)));
                    }
                }
            }
        }
        return new IngestSummary(run.finish(), 0, known.size());
    }

    private static Article storedArticle(org.apache.lucene.document.Document doc) {
        return new Article(doc.get(Fields.ARTICLE), doc.get(Fields.TEXT), doc.get(Fields.DATE), doc.get(Fields.TITLE),
                doc.get(Fields.SOURCE), doc.get(Fields.ORIGIN));
    }

    private Analyzer analyzer() {
        if (analyzer == null) {
            analyzer = Analyzer.create();
        }
        return analyzer;
    }

    /** Commits what is pending and releases the store. */
    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            directory.close();
        }
    }
}
