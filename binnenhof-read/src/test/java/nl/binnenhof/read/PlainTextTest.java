package nl.binnenhof.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheTextVerbatimIncludingDateLineAndLineEndings() throws IOException {
        String text = " date 2023-07\r\nDe Tweede Kamer debatteert vandaag.\r\n\r\n\"Dit gaat niet zo,\" zei zij.  \n";
        Path file = Files.writeString(dir.resolve("debat.v2.txt"), text);
        Article article = Reading.of(file).only();
        assertEquals("debat.v2", article.id());
        assertEquals(text, article.text());
        assertEquals("2023-07", article.date());
    }

    @Test
    void aDateLineWithADayAndNoLeadingSpaceIsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "date 2024-02-29\nDe formatie loopt vast.");
        assertEquals("2024-02-29", Reading.of(file).only().date());
    }

    @Test
    void withoutADateLineTheDateIsNull() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Op 2023-07-07 viel het kabinet.");
        assertNull(Reading.of(file).only().date());
    }

    @Test
    void aUtf8ByteOrderMarkIsDroppedAndTheDateStillFound() throws IOException {
        byte[] body = " date 2022-05 Het kabinet zwijgt.".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Path file = Files.write(dir.resolve("bom.txt"), withBom);
        Article article = Reading.of(file).only();
        assertEquals(" date 2022-05 Het kabinet zwijgt.", article.text());
        assertEquals("2022-05", article.date());
    }

    @Test
    void utf16WithAByteOrderMarkIsDecoded() throws IOException {
        String text = "De minister van Financiën licht de begroting toe.";
        Files.write(dir.resolve("le.txt"), withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(dir.resolve("be.txt"), withPrefix(new byte[] {(byte) 0xFE, (byte) 0xFF},
                text.getBytes(StandardCharsets.UTF_16BE)));
        Reading reading = Reading.of(dir);
        assertEquals(List.of(), reading.problems());
        assertEquals(List.of("be", "le"), reading.ids());
        assertEquals(text, reading.articles().get(0).text());
        assertEquals(text, reading.articles().get(1).text());
    }

    @Test
    void nonAsciiUtf8IsDecodedExactly() throws IOException {
        String text = "Één coalitie — „geen crisis”, zegt de premier. 😀";
        Path file = Files.writeString(dir.resolve("a.txt"), text);
        assertArrayEquals(text.toCharArray(), Reading.of(file).only().text().toCharArray());
    }

    private static byte[] withPrefix(byte[] prefix, byte[] body) {
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        return all;
    }
}
