package nl.binnenhof.read;

import java.util.Locale;

/**
 * Size limits on input, so that one runaway file (a database dump, a mis-split export) cannot exhaust memory or
 * stall every later stage; and the one check every article text passes whatever its format.
 */
final class Limits {

    /** Longest article text accepted; far above any news article, low enough to keep later stages fast. */
    static final int MAX_TEXT_CHARS = 2_000_000;

    /** Most bytes read for one record: a whole text or HTML file, or one JSON line. Beyond it reading stops. */
    static final int MAX_RECORD_BYTES = 10 * 1024 * 1024;

    private Limits() {
    }

    /** Why this text cannot be an article, or {@code null} when it can. */
    static String textProblem(String text) {
        if (text.length() > MAX_TEXT_CHARS) {
            return String.format(Locale.ROOT, "text is %,d characters, over the limit of %,d; "
                    + "split it into smaller articles or leave it out", text.length(), MAX_TEXT_CHARS);
        }
        if (text.indexOf('\0') >= 0) {
            return "binary content (NUL characters), not text; leave it out";
        }
        if (Dates.afterLeadingDate(text).isBlank()) {
            return "no text (empty or only whitespace); leave it out or check how it was saved";
        }
        return null;
    }

    /** The message for a record over {@link #MAX_RECORD_BYTES}, which is skipped without being read. */
    static String tooManyBytes(String what) {
        return what + " is over " + MAX_RECORD_BYTES / (1024 * 1024) + " MB, the limit for one article; "
                + "it was skipped unread: split it or leave it out";
    }
}
