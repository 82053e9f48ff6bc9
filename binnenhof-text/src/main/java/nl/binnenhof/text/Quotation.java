package nl.binnenhof.text;

/**
 * A stretch of text between a pair of quotation marks (or from an opening mark to the end of a paragraph
 * run when the closing mark never comes).
 *
 * @param begin        offset of the opening mark
 * @param end          offset one past the closing mark
 * @param contentBegin offset of the first character inside the marks
 * @param contentEnd   offset one past the last character inside the marks
 * @param style        which family of marks encloses it
 * @param nested       lies inside another quotation
 * @param index        position among the article's quotations
 */
public record Quotation(int begin, int end, int contentBegin, int contentEnd, Style style, boolean nested, int index)
        implements Span {
    public enum Style { DOUBLE, SINGLE, GUILLEMET }
}
