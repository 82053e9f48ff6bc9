package nl.binnenhof.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.binnenhof.analysis.AnalysisJson;
import nl.binnenhof.analysis.Analyzer;
import nl.binnenhof.read.Article;
import nl.binnenhof.read.ArticleReaders;

/**
 * Ingest of a Spark output folder: the analyses it holds are stored as they are, not computed again. The folder is
 * laid out as the Spark job writes it (its own test checks that the job's lines equal the single-machine analysis);
 * here it is written from the single-machine analysis of the real seed articles.
 */
class SparkOutputIngestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final IngestOptions OPTIONS = IngestOptions.defaults().withThreads(2);
    private static final List<Map<String, Object>> LINES = new ArrayList<>();

    @TempDir
    Path tmp;

    @BeforeAll
    static void analyseTheSeeds() {
        Analyzer analyzer = Analyzer.create();
        ArticleReaders.read(List.of(Corpus.seeds()), article -> {
            Map<String, Object> line = new LinkedHashMap<>(AnalysisJson.toMap(analyzer.analyze(article)));
            line.put("text", article.text());
            LINES.add(line);
        }, p -> { });
    }

    /** A Spark output folder with these analysis lines; {@code analyses} null for a run without --jsonl. */
    private Path sparkOutput(String name, List<Map<String, Object>> lines, String analyses) throws IOException {
        Path out = tmp.resolve(name);
        Files.createDirectories(out.resolve("articles"));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", "binnenhof-spark");
        manifest.put("version", 1);
        manifest.put("analyses", analyses);
        manifest.put("input", "corpus.jsonl");
        manifest.put("articles", lines.size());
        Files.writeString(out.resolve("_binnenhof.json"), JSON.writeValueAsString(manifest));
        if (analyses != null && !analyses.contains("/")) {
            Files.createDirectories(out.resolve(analyses));
            StringBuilder jsonl = new StringBuilder();
            for (Map<String, Object> line : lines) {
                jsonl.append(JSON.writeValueAsString(line)).append('\n');
            }
            Files.writeString(out.resolve(analyses).resolve("part-00000-x.jsonl"), jsonl);
        }
        return out;
    }

    private IngestSummary ingest(Path data, String... paths) throws IOException {
        try (StoreWriter writer = StoreWriter.open(new DataDirectory(data))) {
            return writer.ingest(List.of(paths), OPTIONS, IngestListener.NONE);
        }
    }

    private static <T> T read(Path data, ReaderWork<T> work) throws IOException {
        try (var dir = FSDirectory.open(new DataDirectory(data).index()); var reader = DirectoryReader.open(dir)) {
            return work.run(new IndexSearcher(reader));
        }
    }

    private interface ReaderWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    @Test
    void theStoreOfASparkOutputEqualsTheStoreOfTheCorpus() throws IOException {
        Path fromSpark = tmp.resolve("from-spark");
        Path fromCorpus = tmp.resolve("from-corpus");
        IngestSummary summary = ingest(fromSpark, sparkOutput("out", LINES, "analyses").toString());
        assertEquals(5, summary.counts().added());
        assertTrue(summary.complete());
        ingest(fromCorpus, Corpus.seeds());

        StoreCheck.Report spark = read(fromSpark, s -> StoreCheck.check(s.getIndexReader()));
        StoreCheck.Report corpus = read(fromCorpus, s -> StoreCheck.check(s.getIndexReader()));
        assertEquals(List.of(), spark.problems());
        assertEquals(corpus.articles(), spark.articles());
        assertEquals(corpus.quotes(), spark.quotes());
        assertEquals(corpus.mentions(), spark.mentions());
        for (Map<String, Object> line : LINES) {
            String id = (String) line.get("id");
            Map<?, ?> stored = read(fromSpark, s -> storedAnalysis(s, id));
            assertEquals(read(fromCorpus, s -> storedAnalysis(s, id)), stored, id);
            assertFalse(stored.containsKey("text"), "the text is stored once, as the article's");
        }
    }

    @Test
    void theAnalysesAreLoadedAsTheyAreNotComputedAgain() throws IOException {
        Map<String, Object> line = new LinkedHashMap<>(LINES.get(0));
        Map<String, Object> person = new LinkedHashMap<>(JsonMaps.objects(line, "persons").get(0));
        person.put("name", "Naam Uit Het Cluster");
        line.put("persons", List.of(person));
        Path data = tmp.resolve("data");
        ingest(data, sparkOutput("out", List.of(line), "analyses").toString());
        read(data, s -> {
            assertEquals(1, s.count(new TermQuery(new Term(Fields.PERSON, "Naam Uit Het Cluster"))));
            return null;
        });
        IngestSummary again = ingest(data, Corpus.path("seeds/" + line.get("id") + ".txt").toString());
        assertEquals(1, again.counts().unchanged(), "the same article read from the corpus is already stored");
    }

    @Test
    void aRunWithoutAnalysesIsRefusedWithWhatToDo() throws IOException {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        IngestSummary summary;
        try (StoreWriter writer = StoreWriter.open(new DataDirectory(tmp.resolve("data")))) {
            summary = writer.ingest(List.of(sparkOutput("tables-only", LINES, null).toString()), OPTIONS,
                    listener(problems));
        }
        assertEquals(0, summary.counts().read());
        assertEquals(1, summary.skippedInputs());
        assertTrue(problems.get(0).contains("run the job again with --jsonl"), problems.get(0));
    }

    @Test
    void aManifestNamingAFolderOutsideTheOutputIsRefused() throws IOException {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        try (StoreWriter writer = StoreWriter.open(new DataDirectory(tmp.resolve("data")))) {
            writer.ingest(List.of(sparkOutput("bad", LINES, "../elsewhere").toString()), OPTIONS, listener(problems));
        }
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("damaged"), problems.get(0));
    }

    @Test
    void aLineWhoseOffsetsLeaveTheTextIsPassedOverAndTheOthersStored() throws IOException {
        Map<String, Object> broken = new LinkedHashMap<>(LINES.get(1));
        broken.put("text", "Te kort.");
        List<Map<String, Object>> lines = new ArrayList<>(LINES);
        lines.set(1, broken);
        Path out = sparkOutput("out", lines, "analyses");
        Files.writeString(out.resolve("analyses").resolve("part-00001-x.jsonl"), "{not json\n");
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        IngestSummary summary;
        try (StoreWriter writer = StoreWriter.open(new DataDirectory(tmp.resolve("data")))) {
            summary = writer.ingest(List.of(out.toString()), OPTIONS, listener(problems));
        }
        assertEquals(4, summary.counts().added());
        assertEquals(2, summary.skippedInputs());
        assertTrue(problems.stream().anyMatch(p -> p.contains("part-00000-x.jsonl:2") && p.contains("outside the text")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("part-00001-x.jsonl:1") && p.contains("not a JSON")),
                problems.toString());
    }

    private static Map<?, ?> storedAnalysis(IndexSearcher s, String id) throws IOException {
        var top = s.search(new TermQuery(new Term(Fields.ARTICLE, id)), 1);
        return JSON.readValue(s.storedFields().document(top.scoreDocs[0].doc).get(Fields.ANALYSIS), Map.class);
    }

    private static IngestListener listener(List<String> problems) {
        return new IngestListener() {
            @Override
            public void problem(String location, String message) {
                problems.add(location + ": " + message);
            }
        };
    }
}
