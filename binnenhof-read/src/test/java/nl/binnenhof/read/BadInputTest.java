package nl.binnenhof.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input is reported with its location, and everything else is still read. */
class BadInputTest {

    private static final String GOOD_1 = "{\"id\": \"goed1\", \"text\": \"De Kamer stemt in.\"}\n";
    private static final String GOOD_2 = "{\"id\": \"goed2\", \"text\": \"De Eerste Kamer stemt tegen.\"}\n";

    @TempDir
    Path dir;

    @Test
    void missingFileAndFolderAreReportedAndTheRestRead() throws IOException {
        Path good = Files.writeString(dir.resolve("goed.txt"), "Tekst.");
        Path missingFile = dir.resolve("weg.txt");
        Path missingFolder = dir.resolve("nergens");
        Reading reading = Reading.of(missingFile, good, missingFolder);
        assertEquals(List.of("goed"), reading.ids());
        assertEquals(List.of(missingFile.toString(), missingFolder.toString()),
                reading.problems().stream().map(ReadProblem::location).toList());
        assertTrue(reading.problems().stream().allMatch(p -> p.message().contains("no such file or folder")));
        assertEquals(new ReadSummary(1, 2, 2, 0), reading.summary());
        assertFalse(reading.summary().complete());
    }

    @Test
    void anEmptyFileIsReported() throws IOException {
        Path file = Files.write(dir.resolve("leeg.txt"), new byte[0]);
        Reading reading = Reading.of(file);
        assertEquals(List.of(), reading.articles());
        reading.onlyProblem(file.toString(), "empty");
    }

    @Test
    void whitespaceOnlyOrOnlyADateLineIsNoText() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "  \n\t\n");
        Files.writeString(dir.resolve("b.txt"), " date 2023-07\n");
        Files.writeString(dir.resolve("c.jsonl"), "{\"id\": \"c\", \"text\": \"   \"}\n");
        Files.writeString(dir.resolve("d.html"),
                "<html><body><nav>Alleen menu</nav><script>x()</script></body></html>");
        Reading reading = Reading.of(dir);
        assertEquals(List.of(), reading.articles());
        assertEquals(List.of(dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(),
                dir.resolve("c.jsonl") + ":1", dir.resolve("d.html").toString()),
                reading.problems().stream().map(ReadProblem::location).toList());
        assertTrue(reading.problems().get(0).message().startsWith("no text"));
        assertTrue(reading.problems().get(1).message().startsWith("no text"));
        assertTrue(reading.problems().get(2).message().startsWith("no text"));
        assertTrue(reading.problems().get(3).message().startsWith("no main text found in the HTML"));
    }

    @Test
    void aJsonFileWithoutRecordsIsReported() throws IOException {
        Path blank = Files.writeString(dir.resolve("a.jsonl"), "\n\n  \n");
        Path empty = Files.writeString(dir.resolve("b.json"), "[]");
        Reading reading = Reading.of(blank, empty);
        assertEquals(List.of(blank.toString(), empty.toString()),
                reading.problems().stream().map(ReadProblem::location).toList());
        assertTrue(reading.problems().stream().allMatch(p -> p.message().startsWith("no records")));
    }

    @Test
    void binaryContentIsReportedWhateverTheExtension() throws IOException {
        byte[] withNul = "Dit lijkt tekst\0\0\0maar is het niet".getBytes(StandardCharsets.UTF_8);
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        Files.write(dir.resolve("a.txt"), withNul);
        Files.write(dir.resolve("b.jsonl"), controls);
        Files.write(dir.resolve("c.html"), withNul);
        Reading reading = Reading.of(dir);
        assertEquals(List.of(), reading.articles());
        assertEquals(3, reading.problems().size());
        assertTrue(reading.problems().get(0).message().contains("binary content (NUL bytes)"));
        assertTrue(reading.problems().get(1).message().contains("binary content (33% control characters)"));
        assertTrue(reading.problems().get(2).message().contains("binary content"));
    }

    @Test
    void aNulCharacterLaterInTheTextIsBinaryToo() throws IOException {
        String text = "Tekst. ".repeat(2000) + "\0";
        Path file = Files.writeString(dir.resolve("a.txt"), text);
        Reading reading = Reading.of(file);
        assertEquals(List.of(), reading.articles());
        reading.onlyProblem(file.toString(), "NUL");
    }

    @Test
    void latin1TextIsReportedWithTheByteOffsetAndIconv() throws IOException {
        String text = "De minister van Financiën spreekt.";
        Path file = Files.write(dir.resolve("latin.txt"), text.getBytes(StandardCharsets.ISO_8859_1));
        Reading reading = Reading.of(file);
        assertEquals(List.of(), reading.articles());
        reading.onlyProblem(file.toString(), "not valid UTF-8 at byte " + text.indexOf('ë'), "iconv");
    }

    @Test
    void aLatin1LineInJsonLinesCostsOnlyThatLine() throws IOException {
        byte[] good1 = GOOD_1.getBytes(StandardCharsets.UTF_8);
        String bad = "{\"id\": \"fout\", \"text\": \"Een coalitie van één zetel.\"}\n";
        Path file = dir.resolve("a.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(good1);
            out.write(bad.getBytes(StandardCharsets.ISO_8859_1));
            out.write(GOOD_2.getBytes(StandardCharsets.UTF_8));
        }
        Reading reading = Reading.of(file);
        assertEquals(List.of("goed1", "goed2"), reading.ids());
        reading.onlyProblem(file + ":2", "not valid UTF-8 at byte " + (good1.length + bad.indexOf('é')), "iconv");
    }

    @Test
    void anOverlongTextIsSkipped() throws IOException {
        String text = "a".repeat(Limits.MAX_TEXT_CHARS + 1);
        Path txt = Files.writeString(dir.resolve("lang.txt"), text);
        Path jsonl = Files.writeString(dir.resolve("lang.jsonl"),
                GOOD_1 + "{\"id\": \"lang\", \"text\": \"" + text + "\"}\n" + GOOD_2);
        Reading reading = Reading.of(txt, jsonl);
        assertEquals(List.of("goed1", "goed2"), reading.ids());
        assertEquals(List.of(txt.toString(), jsonl + ":2"),
                reading.problems().stream().map(ReadProblem::location).toList());
        assertTrue(reading.problems().stream().allMatch(p -> p.message().contains("2,000,001 characters")));
    }

    @Test
    void anOversizedFileOrLineIsSkippedUnread() throws IOException {
        String huge = "b".repeat(Limits.MAX_RECORD_BYTES + 10);
        Path txt = Files.writeString(dir.resolve("groot.txt"), huge);
        Path jsonl = Files.writeString(dir.resolve("groot.jsonl"),
                GOOD_1 + "{\"id\": \"groot\", \"text\": \"" + huge + "\"}\n" + GOOD_2);
        Reading reading = Reading.of(txt, jsonl);
        assertEquals(List.of("goed1", "goed2"), reading.ids());
        assertEquals(List.of(txt.toString(), jsonl + ":2"),
                reading.problems().stream().map(ReadProblem::location).toList());
        assertTrue(reading.problems().stream().allMatch(p -> p.message().contains("over 10 MB")));
    }

    @Test
    void aMalformedLineAmongGoodOnesIsReportedWithItsLineAndReason() throws IOException {
        Path file = Files.writeString(dir.resolve("a.jsonl"),
                GOOD_1 + "{\"id\": \"kapot\", \"text\": Tekst zonder aanhalingstekens}\n" + "\n" + GOOD_2
                        + "{\"id\": \"x\", \"text\": \"y\"} {\"id\": \"z\"}\n");
        Reading reading = Reading.of(file);
        assertEquals(List.of("goed1", "goed2"), reading.ids());
        assertEquals(List.of(file + ":2", file + ":5"),
                reading.problems().stream().map(ReadProblem::location).toList());
        assertTrue(reading.problems().get(0).message().startsWith("malformed JSON (Unrecognized token 'Tekst'"),
                reading.problems().get(0).message());
        assertTrue(reading.problems().get(1).message().startsWith("malformed JSON (Trailing token"),
                reading.problems().get(1).message());
        assertEquals(new ReadSummary(2, 2, 2, 0), reading.summary());
    }

    @Test
    void recordsThatAreNotObjectsOrLackFieldsOrHaveWrongTypesAreSkipped() throws IOException {
        // (an array on the first line would make the file a JSON array document)
        Path file = Files.writeString(dir.resolve("a.jsonl"), String.join("\n",
                "\"alleen tekst\"",
                "[\"id\", \"text\"]",
                "{\"text\": \"Geen id.\"}",
                "{\"id\": \"geen-tekst\"}",
                "{\"id\": 17, \"text\": \"Getal als id.\"}",
                "{\"id\": \"lijst\", \"text\": [\"een\", \"twee\"]}",
                "{\"id\": \"  \", \"text\": \"Leeg id.\"}",
                "{\"id\": null, \"text\": \"Null id.\"}",
                GOOD_1));
        Reading reading = Reading.of(file);
        assertEquals(List.of("goed1"), reading.ids());
        List<String> expected = List.of(
                "record is a JSON string, not an object",
                "record is a JSON array, not an object",
                "record has no \"id\"",
                "record has no \"text\"",
                "\"id\" is a JSON number, not a string",
                "\"text\" is a JSON array, not a string",
                "\"id\" is empty",
                "record has no \"id\"");
        assertEquals(expected.size(), reading.problems().size(), () -> reading.problems().toString());
        for (int i = 0; i < expected.size(); i++) {
            ReadProblem problem = reading.problems().get(i);
            assertEquals(file + ":" + (i + 1), problem.location());
            assertTrue(problem.message().startsWith(expected.get(i)), problem.message());
        }
        assertEquals(expected.size(), reading.summary().skipped());
    }

    @Test
    void mistypedOptionalFieldsAreWarningsAndTheArticleIsKept() throws IOException {
        Path file = Files.writeString(dir.resolve("a.jsonl"),
                "{\"id\": \"a\", \"text\": \" date 2023-07 Tekst.\", \"title\": 5, \"source\": {\"url\": \"x\"}, "
                        + "\"date\": 2023}\n");
        Reading reading = Reading.of(file);
        Article article = reading.only();
        assertEquals(new Article("a", " date 2023-07 Tekst.", null, null, null, file + ":1"), article);
        assertEquals(List.of("\"title\" is a JSON number", "\"source\" is a JSON object", "\"date\" is a JSON number"),
                reading.problems().stream().map(p -> p.message().substring(0, p.message().indexOf(','))).toList());
        assertTrue(reading.summary().complete());
        assertEquals(3, reading.summary().problems());
    }

    @Test
    void aDuplicateIdIsReportedAndTheFirstKept() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("a.jsonl"),
                "{\"id\": \"dubbel\", \"text\": \"Eerste.\"}\n{\"id\": \"dubbel\", \"text\": \"Tweede.\"}\n");
        Path txt = Files.writeString(dir.resolve("dubbel.txt"), "Derde.");
        Reading reading = Reading.of(jsonl, txt);
        assertEquals("Eerste.", reading.only().text());
        assertEquals(List.of(jsonl + ":2", txt.toString()),
                reading.problems().stream().map(ReadProblem::location).toList());
        assertTrue(reading.problems().stream().allMatch(
                p -> p.message().startsWith("duplicate id \"dubbel\", already read from " + jsonl + ":1")));
        assertEquals(new ReadSummary(1, 2, 2, 0), reading.summary());
    }

    @Test
    void aBrokenDocumentOnStdinIsReported() {
        Reading reading = Reading.stdin("[{\"id\": \"a\", \"text\": \"Een.\"},\n{\"id\": ");
        assertEquals(List.of("a"), reading.ids());
        reading.onlyProblem("<stdin>:2", "malformed JSON", "end-of-input");
    }

    @Test
    void latin1OnStdinIsReported() {
        Reading reading = Reading.stdin("Één tekst".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of(), reading.articles());
        reading.onlyProblem("<stdin>", "not valid UTF-8 at byte 0", "iconv");
    }

    @Test
    void anInvalidUtf8HtmlPageWithoutDeclaredCharsetIsReported() throws IOException {
        String html = "<p>Financiën</p>";
        Path file = Files.write(dir.resolve("a.html"), html.getBytes(StandardCharsets.ISO_8859_1));
        Reading reading = Reading.of(file);
        assertEquals(List.of(), reading.articles());
        reading.onlyProblem(file.toString(), "not valid UTF-8 at byte " + html.indexOf('ë'));
    }
}
