package nl.binnenhof.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonInputTest {

    @TempDir
    Path dir;

    @Test
    void readsAllFieldsAndIgnoresOthers() throws IOException {
        Path file = Files.writeString(dir.resolve("a.jsonl"), """
                {"id": "k1", "text": "Het kabinet valt.", "date": "2023-07-07", "title": "Val", \
                "source": "https://example.org/val", "persons": [{"name": "X"}], "words": 3}
                """);
        Article article = Reading.of(file).only();
        assertEquals(new Article("k1", "Het kabinet valt.", "2023-07-07", "Val", "https://example.org/val",
                file + ":1"), article);
    }

    @Test
    void missingOptionalFieldsAreNull() throws IOException {
        Path file = Files.writeString(dir.resolve("a.ndjson"), "{\"id\": \"k1\", \"text\": \"Tekst.\"}\n");
        Article article = Reading.of(file).only();
        assertNull(article.date());
        assertNull(article.title());
        assertNull(article.source());
    }

    @Test
    void aDateTimeIsCutToItsDateAndAMonthKept() throws IOException {
        Path file = Files.writeString(dir.resolve("a.jsonl"), """
                {"id": "a", "text": "Een.", "date": "2023-07-05T10:00:00Z"}
                {"id": "b", "text": "Twee.", "date": "2023-07"}
                {"id": "c", "text": "Drie.", "date": "2010"}
                """);
        Reading reading = Reading.of(file);
        assertEquals(List.of("2023-07-05", "2023-07", "2010"),
                reading.articles().stream().map(Article::date).toList());
    }

    @Test
    void withoutADateFieldTheTextsDateLineCountsButTheFieldWins() throws IOException {
        Path file = Files.writeString(dir.resolve("a.jsonl"), """
                {"id": "a", "text": " date 2023-07 De Kamer stemt."}
                {"id": "b", "text": " date 2023-07 De Kamer stemt.", "date": null}
                {"id": "c", "text": " date 2023-07-31 De Kamer stemt.", "date": "2023-08"}
                """);
        Reading reading = Reading.of(file);
        assertEquals(List.of("2023-07", "2023-07", "2023-08"),
                reading.articles().stream().map(Article::date).toList());
        assertEquals(" date 2023-07 De Kamer stemt.", reading.articles().get(0).text());
    }

    @Test
    void anUnreadableDateIsAWarningAndTheArticleIsKept() throws IOException {
        Path file = Files.writeString(dir.resolve("a.jsonl"), """
                {"id": "a", "text": "De Kamer stemt.", "date": "5 juli 2023"}
                """);
        Reading reading = Reading.of(file);
        assertNull(reading.only().date());
        reading.onlyProblem(file + ":1", "unreadable date", "5 juli 2023", "YYYY-MM-DD");
        assertTrue(reading.summary().complete(), "a warning skips nothing");
    }

    @Test
    void blankLinesAndWindowsLineEndingsAreFine() throws IOException {
        Path file = Files.writeString(dir.resolve("a.jsonl"),
                "\r\n{\"id\": \"a\", \"text\": \"Een.\"}\r\n\r\n{\"id\": \"b\", \"text\": \"Twee.\"}");
        Reading reading = Reading.of(file);
        assertEquals(List.of(), reading.problems());
        assertEquals(List.of("a", "b"), reading.ids());
        assertEquals(file + ":4", reading.articles().get(1).origin());
    }

    @Test
    void aByteOrderMarkBeforeJsonLinesIsDropped() throws IOException {
        byte[] body = "{\"id\": \"a\", \"text\": \"Een.\"}\n{\"id\": \"b\", \"text\": \"Twee.\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path file = Files.write(dir.resolve("bom.jsonl"), concat(bom, body));
        Reading reading = Reading.of(file);
        assertEquals(List.of(), reading.problems());
        assertEquals(List.of("a", "b"), reading.ids());
    }

    @Test
    void utf16JsonWithAByteOrderMarkIsDecoded() throws IOException {
        byte[] body = "{\"id\": \"a\", \"text\": \"Financiën.\"}\n{\"id\": \"b\", \"text\": \"Twee.\"}\n"
                .getBytes(StandardCharsets.UTF_16LE);
        Path file = Files.write(dir.resolve("utf16.jsonl"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, body));
        Reading reading = Reading.of(file);
        assertEquals(List.of(), reading.problems());
        assertEquals(List.of("a", "b"), reading.ids());
        assertEquals("Financiën.", reading.articles().get(0).text());
    }

    @Test
    void aJsonFileWithOnePrettyPrintedObjectIsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("one.json"), """
                {
                  "id": "los",
                  "text": "Een los artikel."
                }
                """);
        Article article = Reading.of(file).only();
        assertEquals("los", article.id());
        assertEquals("Een los artikel.", article.text());
    }

    @Test
    void aJsonFileWithAnArrayOfObjectsIsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("many.json"), """
                [
                  {"id": "a", "text": "Een.", "date": "2020-01"},
                  {"id": "b",
                   "text": "Twee."}
                ]
                """);
        Reading reading = Reading.of(file);
        assertEquals(List.of(), reading.problems());
        assertEquals(List.of("a", "b"), reading.ids());
        assertEquals("2020-01", reading.articles().get(0).date());
        assertEquals(file + ":2", reading.articles().get(0).origin());
        assertEquals(file + ":3", reading.articles().get(1).origin());
    }

    @Test
    void aJsonFileInJsonLinesShapeIsReadLineByLine() throws IOException {
        Path file = Files.writeString(dir.resolve("lines.json"), """
                {"id": "a", "text": "Een."}
                {"id": "b", "text": "Twee."
                {"id": "c", "text": "Drie."}
                """);
        Reading reading = Reading.of(file);
        assertEquals(List.of("a", "c"), reading.ids());
        reading.onlyProblem(file + ":2", "malformed JSON");
    }

    @Test
    void anArrayElementThatIsNotAnObjectIsSkippedAndTheRestRead() throws IOException {
        Path file = Files.writeString(dir.resolve("many.json"), """
                [{"id": "a", "text": "Een."}, 42, {"id": "b", "text": "Twee."}]
                """);
        Reading reading = Reading.of(file);
        assertEquals(List.of("a", "b"), reading.ids());
        reading.onlyProblem(file + ":1", "a JSON number, not an object");
    }

    @Test
    void aSyntaxErrorInAJsonDocumentEndsTheFileWithItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("many.json"), """
                [
                  {"id": "a", "text": "Een."},
                  {"id": "b" "text": "Twee."},
                  {"id": "c", "text": "Drie."}
                ]
                """);
        Reading reading = Reading.of(file);
        assertEquals(List.of("a"), reading.ids());
        reading.onlyProblem(file + ":3", "malformed JSON", "rest of this file was not read");
        assertEquals(1, reading.summary().skipped());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    @Test
    void recordsAreDeliveredWhileTheInputIsStillBeingRead() {
        String line = "{\"id\": \"r%d\", \"text\": \"" + "De Kamer vergadert vandaag weer over de begroting. "
                .repeat(40) + "\"}\n";
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            json.append(line.formatted(i));
        }
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        long[] readSoFar = {0};
        long[] readAtFirstArticle = {-1};
        java.io.InputStream counting = new java.io.FilterInputStream(new java.io.ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                readSoFar[0] += Math.max(n, 0);
                return n;
            }
        };
        List<String> ids = new java.util.ArrayList<>();
        ArticleReaders.read(List.of("-"), counting, article -> {
            if (readAtFirstArticle[0] < 0) {
                readAtFirstArticle[0] = readSoFar[0];
            }
            ids.add(article.id());
        }, problem -> { });
        assertEquals(2000, ids.size());
        assertEquals("r1999", ids.get(1999));
        assertTrue(readAtFirstArticle[0] < bytes.length / 10,
                "read " + readAtFirstArticle[0] + " of " + bytes.length + " bytes before the first article");
    }
}
