package nl.binnenhof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.binnenhof.query.Archive;
import nl.binnenhof.store.DataDirectory;
import nl.binnenhof.store.Fields;
import nl.binnenhof.store.StoreCheck;

/**
 * The crash test: an ingest in a child JVM is killed (SIGKILL, no shutdown hooks) after its first commits; the
 * store must open and be consistent, and running the same ingest again must complete it with every article
 * stored exactly once.
 */
class CrashSafetyTest {
    private static final int ARTICLES = 4_000;

    @TempDir
    Path tmp;

    @Test
    void aKilledIngestLeavesAConsistentStoreAndARerunCompletesIt() throws Exception {
        Path corpus = tmp.resolve("corpus.jsonl");
        new SyntheticCorpus(Corpus.raw()).write(corpus, ARTICLES, 11);
        DataDirectory data = new DataDirectory(tmp.resolve("data"));

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "--quiet", "--commit-every", "300", "--data", data.toString(), corpus.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        long committed = awaitCommitted(child, data, 300);
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertTrue(committed < ARTICLES, "killed in the middle: " + committed + " of " + ARTICLES + " committed");

        StoreCheck.Report afterKill;
        try (Archive archive = Archive.open(data)) {
            afterKill = archive.check();
        }
        assertEquals(List.of(), afterKill.problems(), "consistent after the kill");
        assertTrue(afterKill.articles() >= committed && afterKill.articles() < ARTICLES, afterKill.toString());

        StringWriter out = new StringWriter();
        int status = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(new StringWriter()))
                .execute("ingest", "--quiet", "--data", data.toString(), corpus.toString());
        assertEquals(0, status, out.toString());
        assertTrue(out.toString().contains(String.format("%,d unchanged", afterKill.articles())), out.toString());

        try (Archive archive = Archive.open(data)) {
            StoreCheck.Report done = archive.check();
            assertEquals(List.of(), done.problems(), "no duplicates, nothing half stored");
            assertEquals(ARTICLES, done.articles());
        }
    }

    /** Waits until the child has committed at least {@code atLeast} articles, and returns how many. */
    private static long awaitCommitted(Process child, DataDirectory data, int atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                fail("the ingest ended (status " + child.exitValue() + ") before it could be killed");
            }
            long committed = committed(data);
            if (committed >= atLeast) {
                return committed;
            }
            Thread.sleep(50);
        }
        child.destroyForcibly();
        fail("no commit within three minutes");
        return 0;
    }

    private static long committed(DataDirectory data) throws IOException {
        if (!Files.isDirectory(data.index())) {
            return 0;
        }
        try (Directory dir = FSDirectory.open(data.index())) {
            if (!DirectoryReader.indexExists(dir)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return new IndexSearcher(reader).count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_ARTICLE)));
            }
        }
    }
}
