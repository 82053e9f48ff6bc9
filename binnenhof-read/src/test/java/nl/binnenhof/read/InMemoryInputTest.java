package nl.binnenhof.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The entry points for input that a caller already holds in memory (files, lines, table rows handed over by a
 * cluster): the same articles and the same problems as reading the files themselves.
 */
class InMemoryInputTest {

    private static final Path CORPUS = Reading.corpus();

    @Test
    void aFileInMemoryIsTheSameArticleAsTheFileOnDisk() throws IOException {
        Path seeds = CORPUS.resolve("seeds");
        List<Article> fromDisk = Reading.of(seeds).articles();
        List<Article> fromBytes = new ArrayList<>();
        try (var files = Files.list(seeds)) {
            for (Path file : files.sorted().toList()) {
                ReadSummary summary = ArticleReaders.readBytes("file:" + file, file.toString(),
                        Files.readAllBytes(file), fromBytes::add, p -> { throw new AssertionError(p); });
                assertTrue(summary.complete());
            }
        }
        assertEquals(fromDisk, fromBytes);
    }

    @Test
    void eachLineOfTheRawCorpusIsTheSameArticleAsInTheFile() throws IOException {
        Path raw = CORPUS.resolve("raw/politics.jsonl");
        List<Article> fromFile = Reading.of(raw).articles();
        List<Article> fromLines = new ArrayList<>();
        List<String> lines = Files.readAllLines(raw, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            ArticleReaders.readJsonLine(lines.get(i).getBytes(StandardCharsets.UTF_8), raw + ":" + (i + 1),
                    fromLines::add, p -> { throw new AssertionError(p); });
        }
        assertEquals(fromFile, fromLines);
    }

    @Test
    void aLineDropsAByteOrderMarkAndPassesOverBlanks() {
        Reading bom = line(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "{\"id\": \"a\", \"text\": \"De Kamer stemt.\"}");
        assertEquals("a", bom.only().id());
        Reading blank = line(new byte[0], "   ");
        assertEquals(0, blank.summary().articles());
        assertEquals(0, blank.summary().problems());
    }

    @Test
    void aBadLineIsReportedWhereItIs() {
        Reading malformed = line(new byte[0], "{\"id\": \"a\", \"text\": ");
        assertEquals("x.jsonl@3", malformed.problems().get(0).location());
        assertTrue(malformed.problems().get(0).message().startsWith("malformed JSON"));
        Reading latin1 = line(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xE9, '"', '}'}, "");
        assertTrue(latin1.problems().get(0).message().startsWith("not valid UTF-8 at byte 7"));
        assertEquals(1, latin1.summary().skipped());
    }

    @Test
    void aRecordsFieldsAreCheckedAsAJsonRecordsAre() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("id", "r1");
        fields.put("text", " date 2023-07 De Kamer stemt.");
        fields.put("date", "2023-07-05T10:00:00");
        fields.put("title", null);
        List<Article> articles = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        ArticleReaders.readRecord(fields, "t.parquet#0", articles::add, problems::add);
        assertEquals(List.of(new Article("r1", " date 2023-07 De Kamer stemt.", "2023-07-05", null, null,
                "t.parquet#0")), articles);
        fields.put("text", "  ");
        ReadSummary empty = ArticleReaders.readRecord(fields, "t.parquet#1", articles::add, problems::add);
        assertEquals(1, empty.skipped());
        assertTrue(problems.get(0).message().startsWith("no text"), problems.toString());
    }

    @Test
    void aFileOfAnUnreadTypeIsReported() {
        List<ReadProblem> problems = new ArrayList<>();
        ReadSummary summary = ArticleReaders.readBytes("notes.docx", "notes.docx", new byte[] {1}, a -> { },
                problems::add);
        assertEquals(1, summary.skipped());
        assertTrue(problems.get(0).message().startsWith("unsupported file type"));
    }

    private static Reading line(byte[] prefix, String json) {
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[prefix.length + text.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        System.arraycopy(text, 0, bytes, prefix.length, text.length);
        List<Article> articles = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        ReadSummary summary = ArticleReaders.readJsonLine(bytes, "x.jsonl@3", articles::add, problems::add);
        return new Reading(articles, problems, summary);
    }
}
