package nl.binnenhof.text;

import java.util.List;

/** Look-ups by offset in a layer whose spans are sorted by where they begin (every layer of the text stage). */
public final class Spans {
    private Spans() {
    }

    /** Index of the first span that begins at or after the offset (the size of the list when there is none). */
    public static int firstAtOrAfter(List<? extends Span> spans, int offset) {
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the last span that begins at or before the offset, or -1. */
    public static int lastAtOrBefore(List<? extends Span> spans, int offset) {
        return firstAtOrAfter(spans, offset + 1) - 1;
    }
}
