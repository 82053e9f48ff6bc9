package nl.binnenhof.read;

import java.util.Objects;

/**
 * One news article as read from its source, before any analysis.
 *
 * @param id     stable identifier: the JSONL record's {@code id}, or the file name without extension
 * @param text   the article text exactly as read (a leading {@code " date YYYY-MM"} line stays in it, so
 *               that every offset computed later points into this very string)
 * @param date   the article's date as precise as it is known ({@code YYYY}, {@code YYYY-MM} or
 *               {@code YYYY-MM-DD}), or {@code null}
 * @param title  headline when the source gives one separately, or {@code null}
 * @param source where the article was published (URL), or {@code null}
 * @param origin where it was read from, for messages: {@code file}, {@code file:line} or {@code <stdin>}
 */
public record Article(String id, String text, String date, String title, String source, String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** An article from a bare string, for tests and library callers. */
    public static Article of(String id, String text) {
        return new Article(id, text, null, null, null, id);
    }

    public Article withDate(String newDate) {
        return new Article(id, text, newDate, title, source, origin);
    }
}
