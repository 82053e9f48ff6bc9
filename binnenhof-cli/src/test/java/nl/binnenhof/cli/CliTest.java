package nl.binnenhof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** The command line as a user meets it: output, exit codes and messages, run in-process. */
class CliTest {
    private static final Path CORPUS = Path.of(System.getProperty("binnenhof.corpus", "../shared/corpus"));
    private static final Path SAMPLES = Path.of("../samples");

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void analyzeWritesOneJsonObjectPerArticleInTheContract() throws IOException {
        Result r = run("analyze", "--format", "jsonl", CORPUS.resolve("seeds").toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(5, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("000_12c99f56c81566fe", first.path("id").asText(), "a text file's id is its name");
        for (String field : List.of("persons", "parties", "quotes", "positions")) {
            assertTrue(first.path(field).isArray(), field);
        }
        JsonNode quote = first.path("quotes").get(0);
        String text = Files.readString(CORPUS.resolve("seeds/000_12c99f56c81566fe.txt"), StandardCharsets.UTF_8);
        assertEquals(quote.path("text").asText(), text.substring(quote.path("begin").asInt(), quote.path("end").asInt()));
    }

    @Test
    void benchWarmsUpAtLeastAsLongAsAskedAndReportsBothSpeeds() {
        Result r = run("bench", "--seconds", "0.2", "--warmup", "1", "--warmup-max", "2", CORPUS.resolve("seeds").toString());
        assertEquals(0, r.exit(), r.err());
        java.util.regex.Matcher warm = java.util.regex.Pattern.compile("warm-up: (\\d+) s").matcher(r.out());
        assertTrue(warm.find(), r.out());
        assertTrue(Integer.parseInt(warm.group(1)) >= 1, r.out());
        assertTrue(r.out().contains("words/s: ") && r.out().contains("words per CPU second: "), r.out());
    }

    @Test
    void theSamplesThatShipWithTheProjectAnalyse() {
        Result r = run("analyze", SAMPLES.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("== formatie-overleg"), r.out());
        assertTrue(r.out().contains("Quotes"), r.out());
    }

    @Test
    void skippedInputGivesExitThreeAndNamesTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("goed.txt"), "De SP wil een hoger minimumloon.");
        Files.write(dir.resolve("kapot.txt"), new byte[] {(byte) 0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0});
        Files.writeString(dir.resolve("fout.jsonl"), "{\"id\": \"a\", \"text\": \"Een zin.\"}\n{kapot\n");
        Result r = run("analyze", "--format", "jsonl", dir.toString());
        assertEquals(ExitCodes.SKIPPED_INPUT, r.exit());
        assertEquals(2, r.out().lines().count(), "the good article and the good JSON line still come out");
        assertTrue(r.err().contains("kapot.txt"), r.err());
        assertTrue(r.err().contains("fout.jsonl:2"), r.err());
    }

    @Test
    void missingFileIsAClearError() {
        Result r = run("analyze", "bestaat-niet.txt");
        assertTrue(r.exit() != 0);
        assertTrue(r.err().contains("bestaat-niet.txt"), r.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Result r = run("analyze", "--formaat", "jsonl", "x.txt");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().contains("--formaat"), r.err());
    }

    @Test
    void evalPrintsTheFiguresAndTheSummaryLine() {
        Result r = run("eval", "--gold", CORPUS.resolve("gold/seeds.jsonl").toString(), "--misses");
        assertEquals(0, r.exit(), r.err());
        String last = r.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.startsWith("articles=5 persons_f1="), last);
        assertTrue(r.out().contains("precision"), r.out());
    }

    @Test
    void wordsAreCountedAsPythonSplitsThem() {
        assertEquals(3, BenchCommand.wordCount(" date 2023-07 Hallo"));
        assertEquals(0, BenchCommand.wordCount("  \n "));
        assertEquals(2, BenchCommand.wordCount("een\n\ntwee"));
    }
}
