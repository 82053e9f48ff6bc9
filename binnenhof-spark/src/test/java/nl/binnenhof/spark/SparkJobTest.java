package nl.binnenhof.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import nl.binnenhof.analysis.AnalysisJson;
import nl.binnenhof.read.Article;
import nl.binnenhof.spark.tables.Table;
import nl.binnenhof.store.DataDirectory;
import nl.binnenhof.store.IngestListener;
import nl.binnenhof.store.IngestOptions;
import nl.binnenhof.store.IngestSummary;
import nl.binnenhof.store.StoreWriter;
import nl.binnenhof.spark.tables.Tables;

/**
 * The job in local mode on the real articles of the shared corpus: every table it writes holds what the
 * single-machine analysis gives for the same articles, whichever input format they come in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SparkSession spark;
    private SingleMachine raw;

    @TempDir
    Path dir;

    @BeforeAll
    void start() {
        spark = LocalSpark.start();
        raw = new SingleMachine(rawCorpus().toString());
    }

    @AfterAll
    void stop() {
        spark.stop();
    }

    @Test
    void jsonLinesGiveTheSingleMachineAnalysisInEveryTable() throws Exception {
        Path out = dir.resolve("jsonl-out");
        JobSummary summary = run("--input", rawCorpus().toString(), "--format", "jsonl", "--output", out.toString(),
                "--jsonl");
        assertEquals(raw.articles.size(), summary.articles());
        assertEquals(0, summary.problems(), () -> summary.firstProblems().toString());
        int quotes = raw.quoteRows().size();
        int positions = raw.positionRows().size();
        int mentions = raw.mentionRows().size();
        assertTrue(quotes > 200 && positions > 20 && mentions > 1000, "the real articles give plenty to compare: "
                + quotes + " quotes, " + positions + " positions, " + mentions + " mentions");
        assertEqualTables(raw, out, "parquet");
        assertEquals(expectedJsonLines(raw), jsonLines(out.resolve("analyses")));
        assertTrue(raw.eventRows().size() > 50, "the real articles give plenty of events to compare");
        for (Table table : Tables.ANALYSIS) {
            assertEquals(table.schema().simpleString(),
                    spark.read().parquet(out.resolve(table.name()).toString()).schema().simpleString(), table.name());
        }
        JsonNode manifest = JSON.readTree(out.resolve(OutputFolder.MANIFEST).toFile());
        assertEquals(raw.articles.size(), manifest.get("articles").asInt());
        assertEquals("analyses", manifest.get("analyses").asText());

        // The store loads the folder as it is: every article, and the same articles as the corpus they came from.
        try (StoreWriter store = StoreWriter.open(new DataDirectory(dir.resolve("store")))) {
            IngestSummary loaded = store.ingest(List.of(out.toString()), IngestOptions.defaults(), IngestListener.NONE);
            assertEquals(raw.articles.size(), loaded.counts().added());
            assertTrue(loaded.complete());
            IngestSummary corpus = store.ingest(List.of(rawCorpus().toString()), IngestOptions.defaults(),
                    IngestListener.NONE);
            assertEquals(raw.articles.size(), corpus.counts().unchanged());
        }
    }

    @Test
    void textAndHtmlFilesAreReadAsTheSingleMachineReadsThem() throws Exception {
        Path seeds = LocalSpark.corpus().resolve("seeds");
        Path out = dir.resolve("text-out");
        run("--input", seeds.toString(), "--format", "text", "--output", out.toString(), "--tables", "json");
        assertEqualTables(new SingleMachine(seeds.toString()), out, "json");

        Path samples = Path.of("../samples").toAbsolutePath().normalize();
        Path samplesOut = dir.resolve("samples-out");
        run("--input", samples.toString(), "--format", "text", "--output", samplesOut.toString());
        assertEqualTables(new SingleMachine(samples.resolve("formatie-overleg.txt").toString(),
                samples.resolve("kamerdebat.html").toString()), samplesOut, "parquet");
    }

    @Test
    void parquetRowsAreReadAsJsonRecordsAre() throws Exception {
        Path input = dir.resolve("corpus.parquet");
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.StringType, false),
                DataTypes.createStructField("text", DataTypes.StringType, false),
                DataTypes.createStructField("date", DataTypes.StringType, true),
                DataTypes.createStructField("source", DataTypes.StringType, true),
                DataTypes.createStructField("words", DataTypes.IntegerType, false)));
        List<Row> rows = new ArrayList<>();
        for (Article a : raw.articles) {
            rows.add(RowFactory.create(a.id(), a.text(), a.date(), a.source(), a.text().split("\\s+").length));
        }
        spark.createDataFrame(rows, schema).repartition(3).write().parquet(input.toString());
        Path out = dir.resolve("parquet-out");
        JobSummary summary = run("--input", input.toString(), "--format", "parquet", "--output", out.toString());
        assertEquals(0, summary.problems());
        assertEqualTables(raw, out, "parquet");
    }

    @Test
    void badRecordsBecomeProblemsAndTheRestIsAnalysed() throws Exception {
        Path input = dir.resolve("bad.jsonl");
        byte[] latin1 = "{\"id\": \"l\", \"text\": \"Caf\u00e9 in Den Haag.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(input, concat(("{\"id\": \"ok\", \"text\": \"Premier Mark Rutte zei: \\\"Het kabinet gaat "
                + "door.\\\"\"}\n{\"id\": \"m\", \"text\": \n{\"id\": \"t\"}\n\n").getBytes(StandardCharsets.UTF_8),
                latin1));
        Path out = dir.resolve("bad-out");
        JobSummary summary = run("--input", input.toString(), "--format", "jsonl", "--output", out.toString());
        assertEquals(1, summary.articles());
        List<String> problems = LocalSpark.table(spark, out.resolve("problems"), "parquet").stream()
                .map(p -> (String) p.get("message")).map(m -> m.substring(0, m.indexOf(' ', 12))).sorted().toList();
        assertEquals(List.of("malformed JSON", "not valid UTF-8", "record has no"), problems);
        assertEquals("Mark Rutte", LocalSpark.table(spark, out.resolve("quotes"), "parquet").get(0).get("speaker"));
    }

    @Test
    void anOutputFolderIsNeverReplacedUnlessItIsAnEarlierOutput() throws Exception {
        Path seeds = LocalSpark.corpus().resolve("seeds");
        Path out = dir.resolve("again-out");
        run("--input", seeds.toString(), "--format", "text", "--output", out.toString());
        IllegalArgumentException exists = assertThrows(IllegalArgumentException.class,
                () -> run("--input", seeds.toString(), "--format", "text", "--output", out.toString()));
        assertTrue(exists.getMessage().contains("already exists"), exists.getMessage());
        assertEquals(5, run("--input", seeds.toString(), "--format", "text", "--output", out.toString(),
                "--overwrite").articles());

        Path foreign = Files.createDirectories(dir.resolve("someone-elses"));
        Files.writeString(foreign.resolve("notes.txt"), "keep me");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> run("--input",
                seeds.toString(), "--format", "text", "--output", foreign.toString(), "--overwrite"));
        assertTrue(refused.getMessage().contains("left alone"), refused.getMessage());
        assertEquals("keep me", Files.readString(foreign.resolve("notes.txt")));
    }

    @Test
    void aMissingInputIsReportedByNameAndNothingIsWritten() {
        Path missing = dir.resolve("nothing-here.jsonl");
        Path out = dir.resolve("missing-out");
        Exception e = assertThrows(Exception.class,
                () -> run("--input", missing.toString(), "--format", "jsonl", "--output", out.toString()));
        assertTrue(e instanceof AnalysisException && e.getMessage().contains("nothing-here.jsonl"), e.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void aParquetInputWithoutTextIsRefusedWithItsColumns() {
        Path input = dir.resolve("no-text.parquet");
        spark.createDataFrame(List.of(RowFactory.create("a")), DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.StringType, false)))).write().parquet(input.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run("--input",
                input.toString(), "--format", "parquet", "--output", dir.resolve("no-text-out").toString()));
        assertTrue(e.getMessage().contains("no column 'text'") && e.getMessage().contains("[id]"), e.getMessage());
    }

    private JobSummary run(String... args) throws UsageException {
        return AnalysisJob.run(spark, JobOptions.parse(args));
    }

    private void assertEqualTables(SingleMachine expected, Path out, String format) {
        assertSameRows(expected.articleRows(), LocalSpark.table(spark, out.resolve("articles"), format), "articles");
        assertSameRows(expected.personRows(), LocalSpark.table(spark, out.resolve("persons"), format), "persons");
        assertSameRows(expected.mentionRows(), LocalSpark.table(spark, out.resolve("mentions"), format), "mentions");
        assertSameRows(expected.quoteRows(), LocalSpark.table(spark, out.resolve("quotes"), format), "quotes");
        assertSameRows(expected.positionRows(), LocalSpark.table(spark, out.resolve("positions"), format),
                "positions");
        assertSameRows(expected.eventRows(), LocalSpark.table(spark, out.resolve("events"), format), "events");
    }

    /**
     * The same rows, in any order, over the columns the single-machine side gives (every column of the table but a
     * few the JSON output lacks, such as origin and the mention form).
     */
    private static void assertSameRows(List<Map<String, Object>> expected, List<Map<String, Object>> actual,
            String table) {
        if (expected.isEmpty()) {
            assertEquals(List.of(), actual, table);
            return;
        }
        List<String> columns = List.copyOf(expected.get(0).keySet());
        assertEquals(expected.size(), actual.size(), table + ": number of rows");
        assertEquals(project(expected, columns), project(actual, columns), table);
    }

    /** Rows as text over the given columns, sorted; numbers compare by value (JSON tables read back as long). */
    private static List<String> project(List<Map<String, Object>> rows, List<String> columns) {
        return rows.stream().map(r -> columns.stream().map(c -> String.valueOf(r.get(c))).toList().toString())
                .sorted().toList();
    }

    /** The single-machine JSON output of each article, with its text added. */
    private static Map<String, JsonNode> expectedJsonLines(SingleMachine expected) throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        for (var analysis : expected.analyses) {
            ObjectNode node = (ObjectNode) JSON.readTree(AnalysisJson.toJson(analysis));
            node.put("text", analysis.document().article().text());
            byId.put(analysis.id(), node);
        }
        return byId;
    }

    private static Map<String, JsonNode> jsonLines(Path folder) throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    JsonNode node = JSON.readTree(line);
                    byId.put(node.get("id").asText(), node);
                }
            }
        }
        return byId;
    }

    private static Path rawCorpus() {
        return LocalSpark.corpus().resolve("raw/politics.jsonl");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
