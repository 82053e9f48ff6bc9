package nl.binnenhof.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderAndStdinTest {

    @TempDir
    Path dir;

    @Test
    void aFolderIsWalkedRecursivelyInPathOrderSkippingHiddenAndOtherFiles() throws IOException {
        Files.createDirectories(dir.resolve("b/sub"));
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("b/sub/z.txt"), "Tekst z.");
        Files.writeString(dir.resolve("b/c.html"), "<p>Tekst c.</p>");
        Files.writeString(dir.resolve("a/lijst.jsonl"), "{\"id\": \"j1\", \"text\": \"Een.\"}\n"
                + "{\"id\": \"j2\", \"text\": \"Twee.\"}\n");
        Files.writeString(dir.resolve("a/notities.md"), "Geen artikel.");
        Files.write(dir.resolve("foto.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Files.writeString(dir.resolve(".verborgen.txt"), "Verborgen.");
        Files.writeString(dir.resolve(".git/HEAD.txt"), "Ook verborgen.");

        Reading reading = Reading.of(dir);
        assertEquals(List.of("j1", "j2", "c", "z"), reading.ids());
        assertEquals(List.of(), reading.problems());
        assertEquals(2, reading.summary().ignoredFiles());
        assertTrue(reading.summary().complete());
    }

    @Test
    void aNamedFileWithoutExtensionIsUnsupported() throws IOException {
        Path file = Files.writeString(dir.resolve("txt"), "Tekst.");
        Reading reading = Reading.of(file);
        assertEquals(List.of(), reading.articles());
        reading.onlyProblem(file.toString(), "unsupported file type");
    }

    @Test
    void pathsAreReadInTheOrderGiven() throws IOException {
        Path first = Files.writeString(dir.resolve("z.txt"), "Eerst.");
        Path second = Files.writeString(dir.resolve("a.txt"), "Daarna.");
        assertEquals(List.of("z", "a"), Reading.of(first, second).ids());
    }

    @Test
    void aNamedFileOfAnUnsupportedTypeIsAProblem() throws IOException {
        Path file = Files.writeString(dir.resolve("notities.md"), "Geen artikel.");
        Reading reading = Reading.of(file);
        assertEquals(List.of(), reading.articles());
        reading.onlyProblem(file.toString(), "unsupported file type", ".jsonl");
        assertEquals(1, reading.summary().skipped());
    }

    @Test
    void stdinStartingWithABraceIsJsonLines() {
        Reading reading = Reading.stdin("\n  {\"id\": \"s1\", \"text\": \"Een.\"}\n"
                + "{\"id\": \"s2\", \"text\": \"Twee.\"}\n");
        assertEquals(List.of("s1", "s2"), reading.ids());
        assertEquals("<stdin>:3", reading.articles().get(1).origin());
    }

    @Test
    void stdinStartingWithABracketIsAJsonArray() {
        Reading reading = Reading.stdin("[{\"id\": \"s1\", \"text\": \"Een.\"}]");
        assertEquals(List.of("s1"), reading.ids());
    }

    @Test
    void stdinStartingWithAnAngleBracketIsHtml() {
        Article article = Reading.stdin("  <html><body><script>GEHEIM()</script><p>De Kamer stemt.</p></body></html>")
                .only();
        assertEquals("stdin", article.id());
        assertEquals("De Kamer stemt.", article.text());
        assertEquals("<stdin>", article.origin());
    }

    @Test
    void otherStdinIsOnePlainTextArticleKeptVerbatim() {
        String text = " date 2023-07 De Kamer stemt {vandaag} <niet>.\n";
        Article article = Reading.stdin(text).only();
        assertEquals(new Article("stdin", text, "2023-07", null, null, "<stdin>"), article);
    }

    @Test
    void emptyStdinIsAProblem() {
        Reading reading = Reading.stdin("");
        assertEquals(List.of(), reading.articles());
        reading.onlyProblem("<stdin>", "empty");
    }

    @Test
    void stdinIsReadOnlyOnce() {
        Reading reading = Reading.of(List.of("-", "-"),
                new ByteArrayInputStream("Tekst.".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("stdin"), reading.ids());
        reading.onlyProblem("<stdin>", "only once");
    }

    @Test
    void stdinAndFilesMixInOrder() throws IOException {
        Path file = Files.writeString(dir.resolve("f.txt"), "Bestand.");
        Reading reading = Reading.of(List.of(file.toString(), "-"),
                new ByteArrayInputStream("{\"id\": \"s\", \"text\": \"Invoer.\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("f", "s"), reading.ids());
        assertNull(reading.articles().get(1).date());
    }
}
