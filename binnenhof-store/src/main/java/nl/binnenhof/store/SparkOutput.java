package nl.binnenhof.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.binnenhof.read.Article;
import nl.binnenhof.read.ArticleReaders;
import nl.binnenhof.read.ReadProblem;

/**
 * A folder written by the Spark job of {@code binnenhof-spark}, known by its manifest {@value #MANIFEST}. Run with
 * {@code --jsonl}, the job leaves in {@code analyses/} one line per article: the analysis JSON that
 * {@code analyze --format jsonl} writes, with the article's text added. The store loads those analyses as they are
 * instead of analysing the texts again, so a cluster's work is not done twice on a laptop.
 *
 * <p>The store reads the manifest's JSON itself rather than depending on the Spark module: the folder layout is the
 * contract between the two.
 */
public final class SparkOutput {
    static final String MANIFEST = "_binnenhof.json";
    static final String FORMAT = "binnenhof-spark";
    static final int VERSION = 1;

    /** The analyses folder as the manifest names it: a name inside the output, never a path that leaves it. */
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final Path folder;
    private final Map<String, Object> manifest;

    private SparkOutput(Path folder, Map<String, Object> manifest) {
        this.folder = folder;
        this.manifest = manifest;
    }

    /** The Spark output in this folder, or empty when the path is not a folder with the job's manifest. */
    static Optional<SparkOutput> at(String path) {
        Path folder;
        try {
            folder = Path.of(path);
        } catch (RuntimeException e) {
            return Optional.empty(); // not a path: the article readers will say so
        }
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isDirectory(folder) || !Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        Map<String, Object> fields;
        try {
            fields = JSON.readValue(manifest.toFile(), OBJECT);
        } catch (IOException e) {
            throw new IllegalArgumentException(MANIFEST + " is not a readable manifest of a Spark run ("
                    + e.getMessage() + "); run the job again, or ingest the original corpus");
        }
        if (!FORMAT.equals(fields.get("format"))) {
            return Optional.empty(); // some other tool's file of that name: read the folder as articles
        }
        return Optional.of(new SparkOutput(folder, fields));
    }

    Path folder() {
        return folder;
    }

    /**
     * Why the store cannot load this output (a message to show after the folder's name), or empty when it can: a format version it does not know, or a run
     * without {@code --jsonl}, which wrote the tables but no analyses.
     */
    Optional<String> unusable() {
        if (!(manifest.get("version") instanceof Number n) || n.intValue() != VERSION) {
            return Optional.of("written by a Spark job of another version (manifest version "
                    + manifest.get("version") + ", this store reads " + VERSION
                    + "); run the job of this version, or ingest the original corpus");
        }
        if (!(manifest.get("analyses") instanceof String name)) {
            return Optional.of("the tables of a Spark run without --jsonl, not the analyses the "
                    + "store loads; run the job again with --jsonl, or ingest the original corpus ("
                    + manifest.get("input") + ")");
        }
        if (!SIMPLE_NAME.matcher(name).matches()) {
            return Optional.of("the manifest names its analyses \"" + name + "\", which is not a folder "
                    + "name in the output; the manifest is damaged, run the job again");
        }
        return Optional.empty();
    }

    /**
     * The articles a Spark output at the path holds by its manifest's count, for a progress display; empty when the
     * path is no such output or the count is missing.
     */
    public static OptionalLong articleCount(String path) {
        try {
            return at(path).filter(s -> s.manifest.get("articles") instanceof Number)
                    .map(s -> OptionalLong.of(((Number) s.manifest.get("articles")).longValue()))
                    .orElse(OptionalLong.empty());
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Reads every analysis line, in file order: each gives its article (read as a JSON Lines record would be) and
     * the analysis object. A line that is not JSON, or not an article, is a problem and is passed over.
     */
    void read(BiConsumer<Article, Map<String, Object>> analysed, Consumer<ReadProblem> problems) {
        Path dir = folder.resolve((String) manifest.get("analyses"));
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the analyses in " + dir + ": " + e.getMessage(), e);
        }
        for (Path file : files) {
            readFile(file, analysed, problems);
        }
    }

    private static void readFile(Path file, BiConsumer<Article, Map<String, Object>> analysed,
            Consumer<ReadProblem> problems) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String location = file + ":" + number;
                Map<String, Object> analysis;
                try {
                    analysis = JSON.readValue(line, OBJECT);
                } catch (JsonProcessingException e) {
                    problems.accept(new ReadProblem(location, "not a JSON object ("
                            + e.getOriginalMessage() + "); the line was passed over"));
                    continue;
                }
                ArticleReaders.readRecord(analysis, location, article -> {
                    String fault = PrecomputedAnalysis.fault(analysis, article.text());
                    if (fault == null) {
                        analysis.remove("text"); // stored once, as the article's text
                        analysed.accept(article, analysis);
                    } else {
                        problems.accept(new ReadProblem(location, "not an analysis the store can load (" + fault
                                + "); the line was passed over"));
                    }
                }, problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
