package nl.binnenhof.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without ever holding more than one line, and not even that when a line is
 * longer than the limit: such a line is skipped over unread, so a corrupt multi-gigabyte "line" costs no memory.
 * It works on bytes rather than characters so that an encoding error can be reported at its byte offset.
 */
final class LineReader {

    /**
     * One line, without its line terminator.
     *
     * @param number 1-based line number
     * @param offset byte offset of the line's first byte in the input
     * @param bytes  the line's bytes, or {@code null} when the line was longer than the limit
     */
    record Line(long number, long offset, byte[] bytes) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int end;
    private long consumed;
    private long lineNumber;

    /** @param consumed bytes of the input already read before {@code in} (a byte order mark), for offsets */
    LineReader(InputStream in, int maxBytes, long consumed) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.consumed = consumed;
    }

    /** The next line, or {@code null} at the end of the input. */
    Line next() throws IOException {
        if (position == end && !fill()) {
            return null;
        }
        long offset = consumed;
        lineNumber++;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        while (position < end || fill()) {
            int newline = indexOfNewline();
            int stop = newline >= 0 ? newline : end;
            int n = stop - position;
            length += n;
            if (line != null && length > maxBytes) {
                line = null;
            } else if (line != null) {
                line.write(buffer, position, n);
            }
            position = stop;
            consumed += n;
            if (newline >= 0) {
                position++;
                consumed++;
                break;
            }
        }
        return new Line(lineNumber, offset, line == null ? null : withoutCarriageReturn(line.toByteArray()));
    }

    private int indexOfNewline() {
        for (int i = position; i < end; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) {
            return false;
        }
        position = 0;
        end = n;
        return true;
    }

    private static byte[] withoutCarriageReturn(byte[] line) {
        int length = line.length;
        return length > 0 && line[length - 1] == '\r' ? java.util.Arrays.copyOf(line, length - 1) : line;
    }
}
