package nl.binnenhof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's commands end to end, as a user runs them, on the real seeds and raw articles. */
class StoreCommandsTest {
    @TempDir
    static Path tmp;
    static String data;

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @BeforeAll
    static void ingest() {
        data = tmp.resolve("data").toString();
        Run first = run("ingest", "--quiet", "--data", data, Corpus.path("raw/politics.jsonl").toString(),
                Corpus.path("seeds").toString());
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().contains("207 read: 207 added, 0 updated, 0 unchanged, 0 failed"), first.out());
        assertTrue(first.err().contains("store in " + data), first.err());
    }

    @Test
    void ingestingAgainIsIncrementalAndSkippedInputSetsTheExitStatus() {
        Run again = run("ingest", "--quiet", "--data", data, Corpus.path("seeds").toString(),
                tmp.resolve("missing.jsonl").toString());
        assertEquals(ExitCodes.SKIPPED_INPUT, again.status());
        assertTrue(again.out().contains("5 read: 0 added, 0 updated, 5 unchanged, 0 failed; 1 input(s) skipped"),
                again.out());
        assertTrue(again.err().contains("missing.jsonl: no such file or folder"), again.err());
        assertTrue(run("status", "--check", "--data", data).out().contains("articles:      207"));
    }

    @Test
    void searchShowsTheMatchingArticlesAndExplainsABadQuery() {
        Run search = run("search", "--data", data, "--limit", "3", "gezinshereniging");
        assertEquals(0, search.status(), search.err());
        assertTrue(search.out().contains("[gezinshereniging]"), search.out());
        Run bad = run("search", "--data", data, "(kabinet");
        assertEquals(ExitCodes.FAILED, bad.status());
        assertTrue(bad.err().startsWith("binnenhof: cannot parse the query \"(kabinet\""), bad.err());
        Run none = run("search", "--data", tmp.resolve("empty").toString(), "kabinet");
        assertEquals(ExitCodes.FAILED, none.status());
        assertTrue(none.err().contains("no store in"), none.err());
    }

    @Test
    void quotesExportAsCsvForOtherTools() throws IOException {
        Run quotes = run("quotes", "--data", data, "--speaker", "rutte", "--format", "csv", "--limit", "1000");
        assertEquals(0, quotes.status(), quotes.err());
        assertTrue(quotes.err().contains("speaker \"rutte\" taken as Mark Rutte"), quotes.err());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(quotes.out())).getRecords();
        assertFalse(rows.isEmpty());
        rows.forEach(r -> assertEquals("Mark Rutte", r.get("speaker")));

        Path file = tmp.resolve("rutte.jsonl");
        Run export = run("export", "quotes", "--data", data, "--speaker", "Mark Rutte", "--out", file.toString());
        assertEquals(0, export.status(), export.err());
        assertEquals(rows.size(), Files.readAllLines(file).size());
        assertTrue(export.err().contains("exported " + rows.size() + " quotes"), export.err());
    }

    @Test
    void profilesTimelinesAndNetworksAnswerAndUnknownNamesAreSaidSo() {
        Run actor = run("actors", "--data", data, "Rutte");
        assertTrue(actor.out().startsWith("Mark Rutte  (person, VVD)"), actor.out());
        Run party = run("parties", "--data", data, "cda");
        assertTrue(party.out().startsWith("CDA\n"), party.out());
        Run timeline = run("timeline", "--data", data, "--party", "D66", "--by", "MONTH");
        assertEquals(0, timeline.status(), timeline.err());
        assertTrue(timeline.out().startsWith("party D66, by month"), timeline.out());
        Run network = run("network", "--data", data, "--scope", "sentence", "--format", "csv");
        assertTrue(network.out().startsWith("source,target,weight"), network.out());
        Run unknown = run("timeline", "--data", data, "--actor", "Niemand Bestaatniet");
        assertEquals(ExitCodes.FAILED, unknown.status());
        assertTrue(unknown.err().contains("no actor named \"Niemand Bestaatniet\" in the store"), unknown.err());
    }

    @Test
    void reindexReanalysesEveryStoredArticle() {
        Path other = tmp.resolve("other");
        run("ingest", "--quiet", "--data", other.toString(), Corpus.path("seeds").toString());
        Run reindex = run("reindex", "--quiet", "--data", other.toString());
        assertEquals(0, reindex.status(), reindex.err());
        assertTrue(reindex.out().contains("reindex: 5 read: 0 added, 5 updated"), reindex.out());
    }
}
