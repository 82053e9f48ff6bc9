package nl.binnenhof.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.binnenhof.analysis.Analyzer;
import nl.binnenhof.analysis.ArticleAnalysis;
import nl.binnenhof.read.Article;
import nl.binnenhof.read.ArticleReaders;

/** Ingest and reindex on real articles: what is stored, once, and what a second run does. */
class StoreWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final IngestOptions OPTIONS = IngestOptions.defaults().withThreads(2);

    @TempDir
    Path tmp;

    private DataDirectory data() {
        return new DataDirectory(tmp.resolve("data"));
    }

    private IngestSummary ingest(String... paths) throws IOException {
        try (StoreWriter writer = StoreWriter.open(data())) {
            return writer.ingest(List.of(paths), OPTIONS, IngestListener.NONE);
        }
    }

    private <T> T read(ReaderWork<T> work) throws IOException {
        try (var dir = FSDirectory.open(data().index()); DirectoryReader reader = DirectoryReader.open(dir)) {
            return work.run(new IndexSearcher(reader));
        }
    }

    private interface ReaderWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private static int count(IndexSearcher s, String field, String value) throws IOException {
        return s.count(new TermQuery(new Term(field, value)));
    }

    @Test
    void everyArticleIsStoredOnceWithAllItsQuotesAndMentions() throws IOException {
        IngestSummary summary = ingest(Corpus.seeds());
        assertEquals(5, summary.counts().added());
        assertTrue(summary.complete());

        Analyzer analyzer = Analyzer.create();
        List<Article> seeds = new ArrayList<>();
        ArticleReaders.read(List.of(Corpus.seeds()), seeds::add, p -> { });
        int quotes = 0;
        int mentions = 0;
        for (Article a : seeds) {
            ArticleAnalysis analysis = analyzer.analyze(a);
            quotes += analysis.quotes().size() + analysis.indirectQuotes().size();
            mentions += analysis.persons().size() + analysis.parties().size() + analysis.organisations().size();
        }
        int expectedQuotes = quotes;
        int expectedMentions = mentions;
        read(s -> {
            StoreCheck.Report report = StoreCheck.check(s.getIndexReader());
            assertEquals(List.of(), report.problems());
            assertEquals(5, report.articles());
            assertEquals(expectedQuotes, report.quotes());
            assertEquals(expectedMentions, report.mentions());
            assertEquals(5, count(s, Fields.TYPE, Fields.TYPE_ARTICLE));
            return null;
        });
    }

    @Test
    void theStoredTextIsVerbatimAndTheWholeAnalysisJsonIsKept() throws IOException {
        ingest(Corpus.seeds());
        Path seed = Corpus.path("seeds/001_c04cf5d71b904dc6.txt");
        read(s -> {
            var top = s.search(new TermQuery(new Term(Fields.ARTICLE,
                    "001_c04cf5d71b904dc6")), 50);
            var article = s.storedFields().document(top.scoreDocs[0].doc); // the article leads its block
            assertEquals(Files.readString(seed, StandardCharsets.UTF_8), article.get(Fields.TEXT));
            assertEquals("2023-07", article.get(Fields.DATE));
            Map<?, ?> analysis = JSON.readValue(article.get(Fields.ANALYSIS), Map.class);
            assertEquals("001_c04cf5d71b904dc6", analysis.get("id"));
            for (String field : List.of("persons", "parties", "organisations", "quotes", "indirectQuotes",
                    "positions")) {
                assertTrue(analysis.containsKey(field), field);
            }
            return null;
        });
    }

    @Test
    void theSameArticlesAgainAreUnchangedAndStoredOnce() throws IOException {
        IngestSummary first = ingest(Corpus.raw());
        assertEquals(202, first.counts().added());
        IngestSummary second = ingest(Corpus.raw(), Corpus.seeds());
        assertEquals(0, second.counts().updated());
        assertEquals(202, second.counts().unchanged());
        assertEquals(5, second.counts().added());
        assertEquals(207, second.storedArticles());
        read(s -> {
            assertEquals(List.of(), StoreCheck.check(s.getIndexReader()).problems());
            assertEquals(207, count(s, Fields.TYPE, Fields.TYPE_ARTICLE));
            return null;
        });
    }

    @Test
    void aChangedArticleReplacesItsOldVersionWithItsQuotes() throws IOException {
        Path file = tmp.resolve("one.jsonl");
        write(file, "Premier Mark Rutte sprak met de VVD. \"Wij gaan door\", zei Rutte. \"Zeker\", zei hij.");
        ingest(file.toString());
        write(file, "Sigrid Kaag (D66) zweeg over de formatie.");
        IngestSummary changed = ingest(file.toString());
        assertEquals(1, changed.counts().updated());
        assertEquals(0, changed.counts().added());
        read(s -> {
            assertEquals(1, count(s, Fields.TYPE, Fields.TYPE_ARTICLE));
            assertEquals(0, count(s, Fields.TYPE, Fields.TYPE_QUOTE), "the old quotes went with the old version");
            assertEquals(0, count(s, Fields.PERSON, "Mark Rutte"));
            assertEquals(1, count(s, Fields.PERSON, "Sigrid Kaag"));
            assertEquals(List.of(), StoreCheck.check(s.getIndexReader()).problems());
            return null;
        });
    }

    @Test
    void reindexAnalysesTheStoredTextsAgainWithoutTheSources() throws IOException {
        Path copy = tmp.resolve("copy.jsonl");
        Files.copy(Corpus.path("raw/politics.jsonl"), copy);
        ingest(copy.toString());
        Files.delete(copy);
        StoreCheck.Report before = read(s -> StoreCheck.check(s.getIndexReader()));
        IngestSummary summary;
        try (StoreWriter writer = StoreWriter.open(data())) {
            summary = writer.reindex(OPTIONS, IngestListener.NONE);
        }
        assertEquals(202, summary.counts().updated());
        assertEquals(0, summary.counts().added());
        StoreCheck.Report after = read(s -> StoreCheck.check(s.getIndexReader()));
        assertEquals(List.of(), after.problems());
        assertEquals(before.articles(), after.articles());
        assertEquals(before.quotes(), after.quotes());
        assertEquals(before.mentions(), after.mentions());
    }

    @Test
    void aSecondWriterIsRefusedWithAClearMessage() throws IOException {
        try (StoreWriter first = StoreWriter.open(data())) {
            StoreFailure e = assertThrows(StoreFailure.class, () -> StoreWriter.open(data()));
            assertTrue(e.getMessage().contains("another process is writing"), e.getMessage());
            assertEquals(0, first.articles());
        }
    }

    @Test
    void anEmptyStoreExistsOnceOpenedAndUnreadableInputIsCountedAsSkipped() throws IOException {
        assertFalse(data().hasStore());
        Path bad = tmp.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\": \"a\", \"text\": \"Rutte.\"}\nnot json\n");
        IngestSummary summary = ingest(bad.toString(), tmp.resolve("missing.txt").toString());
        assertTrue(data().hasStore());
        assertEquals(1, summary.counts().added());
        assertEquals(2, summary.skippedInputs());
        assertFalse(summary.complete());
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(Map.of("id", "one", "date", "2023-07", "text", text)) + "\n");
    }
}
