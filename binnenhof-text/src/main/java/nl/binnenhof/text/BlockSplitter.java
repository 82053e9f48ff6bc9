package nl.binnenhof.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article into blocks at line breaks. A leading {@code " date YYYY-MM"} marker becomes a
 * {@link Block.Kind#DATELINE} block of its own (the text may continue on the same line); a short line
 * without closing punctuation is a {@link Block.Kind#HEADING} ("Omvang", the headline).
 */
public final class BlockSplitter implements Annotator {
    private static final Pattern DATELINE = Pattern.compile("\\A\\s*date\\s+\\d{4}(?:-\\d{2}){0,2}\\b");
    private static final int MAX_HEADING_WORDS = 20;

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(TextLayers.BLOCKS);
    }

    @Override
    public void annotate(Document document) {
        document.add(TextLayers.BLOCKS, split(document.text()));
    }

    static List<Block> split(String text) {
        List<Block> blocks = new ArrayList<>();
        int pos = 0;
        Matcher dateline = DATELINE.matcher(text);
        if (dateline.find()) {
            int begin = skipSpace(text, 0, dateline.end());
            blocks.add(new Block(begin, dateline.end(), Block.Kind.DATELINE, 0));
            pos = dateline.end();
        }
        int n = text.length();
        while (pos < n) {
            int lineEnd = text.indexOf('\n', pos);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int begin = skipSpace(text, pos, lineEnd);
            int end = lineEnd;
            while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > begin) {
                blocks.add(new Block(begin, end, kindOf(text, begin, end), blocks.size()));
            }
            pos = lineEnd + 1;
        }
        return blocks;
    }

    private static int skipSpace(String text, int from, int limit) {
        while (from < limit && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static Block.Kind kindOf(String text, int begin, int end) {
        char last = text.charAt(end - 1);
        if (QuoteMarks.isQuoteMark(last) && end - 1 > begin) {
            last = text.charAt(end - 2);
        }
        boolean closed = last == '.' || last == '!' || last == '?' || last == '…' || last == ':' || last == ';';
        if (closed) {
            return Block.Kind.PARAGRAPH;
        }
        int words = 0;
        for (int i = begin; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && (i == begin || Character.isWhitespace(text.charAt(i - 1)))) {
                words++;
            }
        }
        return words <= MAX_HEADING_WORDS ? Block.Kind.HEADING : Block.Kind.PARAGRAPH;
    }
}
