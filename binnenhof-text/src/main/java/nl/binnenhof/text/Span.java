package nl.binnenhof.text;

/** Anything that covers a stretch of the original article text: standoff, by character offsets. */
public interface Span {
    /** Offset of the first character, into {@code Article.text()}. */
    int begin();

    /** Offset one past the last character. */
    int end();

    default int length() {
        return end() - begin();
    }

    default boolean contains(int offset) {
        return offset >= begin() && offset < end();
    }

    default boolean covers(Span other) {
        return begin() <= other.begin() && other.end() <= end();
    }

    default boolean overlaps(Span other) {
        return begin() < other.end() && other.begin() < end();
    }
}
