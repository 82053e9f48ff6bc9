package nl.binnenhof.text;

/**
 * A line-level block of the article: the leading date line, a bare heading, or a paragraph.
 *
 * @param index position among the article's blocks
 */
public record Block(int begin, int end, Kind kind, int index) implements Span {
    public enum Kind { DATELINE, HEADING, PARAGRAPH }
}
