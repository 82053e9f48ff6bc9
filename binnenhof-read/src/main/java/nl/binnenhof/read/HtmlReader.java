package nl.binnenhof.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTML page is one article: its main text (see {@link HtmlPage}) with the headline, date and address the page
 * declares. Pages are decoded as UTF-8 like everything else; only a page that is not valid UTF-8 and declares
 * another charset in a {@code <meta>} tag is decoded with that one, since older saved pages legitimately use
 * Windows-1252.
 */
final class HtmlReader {

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlReader() {
    }

    static void read(InputStream in, Encoding.Detected encoding, String id, String location, Run run)
            throws IOException {
        byte[] bytes = Encoding.readAtMost(in, Limits.MAX_RECORD_BYTES);
        if (bytes == null) {
            run.skip(location, Limits.tooManyBytes("the page"));
            return;
        }
        String html;
        try {
            html = Encoding.decode(bytes, encoding.bomLength(), bytes.length - encoding.bomLength(),
                    encoding.charset());
        } catch (Encoding.Invalid e) {
            Charset declared = declaredCharset(bytes);
            if (declared == null || encoding.isUtf16()) {
                run.skip(location, Encoding.notUtf8(location, e.byteOffset + encoding.bomLength()));
                return;
            }
            html = new String(bytes, declared);
        }
        HtmlPage page = HtmlPage.parse(html);
        if (page.text().isEmpty()) {
            run.skip(location, "no main text found in the HTML (after removing scripts, menus and other page "
                    + "furniture); if the page builds its text with JavaScript, save the rendered page or its text");
            return;
        }
        String problem = Limits.textProblem(page.text());
        if (problem != null) {
            run.skip(location, problem);
            return;
        }
        String date = page.date() == null ? null : Dates.normalise(page.date());
        if (page.date() != null && date == null) {
            run.warn(location, "unreadable published date \"" + page.date() + "\" in the page; "
                    + "the article is read without a date");
        }
        run.accept(new Article(id, page.text(), date, page.title(), page.source(), location));
    }

    /** A charset other than UTF-8 declared near the top of the page, or {@code null}. */
    private static Charset declaredCharset(byte[] bytes) {
        String top = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(top);
        if (!m.find()) {
            return null;
        }
        try {
            Charset charset = Charset.forName(m.group(1));
            return charset.equals(StandardCharsets.UTF_8) ? null : charset;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
