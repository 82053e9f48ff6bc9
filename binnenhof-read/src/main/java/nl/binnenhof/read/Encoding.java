package nl.binnenhof.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turning bytes into text strictly. A lenient decoder would quietly put U+FFFD where a Latin-1 "ë" stood, and the
 * damaged names would then fail to match anything later on; it is better to stop and say which byte is wrong.
 */
final class Encoding {

    /** How many bytes at the start of an input are looked at to recognise binary content and byte order marks. */
    static final int HEAD_BYTES = 8192;

    /**
     * The charset an input's byte order mark announces, and the mark's length to skip.
     *
     * @param charset   UTF-8 unless a UTF-16 mark says otherwise
     * @param bomLength bytes of byte order mark at the start (0 when there is none)
     */
    record Detected(Charset charset, int bomLength) {
        boolean isUtf16() {
            return !charset.equals(StandardCharsets.UTF_8);
        }
    }

    /** Bytes that are not valid in the expected encoding, at a byte offset counted from the start of the input. */
    static final class Invalid extends Exception {
        final long byteOffset;

        Invalid(long byteOffset) {
            super("invalid byte sequence at byte " + byteOffset);
            this.byteOffset = byteOffset;
        }
    }

    private Encoding() {
    }

    static Detected detect(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        return new Detected(StandardCharsets.UTF_8, 0);
    }

    /**
     * Why these bytes look like binary data rather than text, or {@code null} when they look like text. A NUL byte
     * never occurs in UTF-8 text; many other control characters mean an image, archive or office file.
     */
    static String binaryReason(byte[] head) {
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                return "NUL bytes";
            }
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                controls++;
            }
        }
        return controls * 10 > head.length ? controls * 100 / head.length + "% control characters" : null;
    }

    /** Decodes exactly, or throws {@link Invalid} with the offset (from {@code offset}) of the first bad byte. */
    static String decode(byte[] bytes, int offset, int length, Charset charset) throws Invalid {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new Invalid(in.position() - offset);
        }
        return out.flip().toString();
    }

    /** The message for text that is not valid UTF-8, with the command that usually fixes it. */
    static String notUtf8(String location, long byteOffset) {
        String file = location.startsWith("<") ? "FILE" : "'" + location + "'";
        return "not valid UTF-8 at byte " + byteOffset + " (probably Latin-1 or Windows-1252 text); convert it, "
                + "e.g. iconv -f WINDOWS-1252 -t UTF-8 " + file + " > converted.txt";
    }

    /** The first {@code n} bytes (or fewer at the end), left unread so the real reader still sees them. */
    static byte[] peek(BufferedInputStream in, int n) throws IOException {
        in.mark(n);
        byte[] head = in.readNBytes(n);
        in.reset();
        return head;
    }

    /** Reads the rest of the stream, or returns {@code null} as soon as it proves longer than {@code limit}. */
    static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit);
        return in.read() == -1 ? bytes : null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
