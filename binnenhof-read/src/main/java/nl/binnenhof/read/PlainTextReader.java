package nl.binnenhof.read;

import java.io.IOException;
import java.io.InputStream;

/**
 * One plain-text file (or standard input) is one article. Its text is kept exactly as decoded, a leading
 * {@code " date YYYY-MM"} line included, because later stages give character offsets into it; only a byte order
 * mark is dropped, as it belongs to the encoding rather than to the text.
 */
final class PlainTextReader {

    private PlainTextReader() {
    }

    static void read(InputStream in, Encoding.Detected encoding, String id, String location, Run run)
            throws IOException {
        byte[] bytes = Encoding.readAtMost(in, Limits.MAX_RECORD_BYTES);
        if (bytes == null) {
            run.skip(location, Limits.tooManyBytes("the file"));
            return;
        }
        String text;
        try {
            text = Encoding.decode(bytes, encoding.bomLength(), bytes.length - encoding.bomLength(),
                    encoding.charset());
        } catch (Encoding.Invalid e) {
            run.skip(location, encoding.isUtf16()
                    ? "not valid " + encoding.charset() + " at byte " + (e.byteOffset + encoding.bomLength())
                            + "; save it again as UTF-8"
                    : Encoding.notUtf8(location, e.byteOffset + encoding.bomLength()));
            return;
        }
        String problem = Limits.textProblem(text);
        if (problem != null) {
            run.skip(location, problem);
            return;
        }
        run.accept(new Article(id, text, Dates.leadingDate(text), null, null, location));
    }
}
