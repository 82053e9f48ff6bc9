package nl.binnenhof.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Pairs quotation marks of every style („…” “…” "…" ‘…’ '…' «…» »…«) into {@link Quotation}s.
 * Whether an ambiguous mark opens or closes follows from what stands beside it (space before and a
 * letter after opens; a letter before and space or punctuation after closes), apostrophes between
 * letters are passed over, and a quotation may run on over paragraphs: when a paragraph ends inside a
 * quotation, it continues if the next paragraph reopens it with the same mark (the typesetting
 * convention) or if its closing mark follows within a few paragraphs.
 */
public final class QuotationFinder implements Annotator {
    /** How many blocks a quotation may run on without a closing mark in between. */
    private static final int MAX_BLOCKS_SPANNED = 4;

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.BLOCKS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(TextLayers.QUOTATIONS);
    }

    @Override
    public void annotate(Document document) {
        document.add(TextLayers.QUOTATIONS, find(document.text(), document.get(TextLayers.BLOCKS)));
    }

    /** A quotation mark of one character, or of two in the old typewriter style: ,,…'' or ,,…". */
    private record Mark(int pos, int len, char c, Quotation.Style style, int block, boolean left, boolean right) {
    }

    private record Open(Mark mark) {
    }

    static List<Quotation> find(String text, List<Block> blocks) {
        List<Mark> marks = marks(text, blocks);
        List<Quotation> found = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        boolean[] skip = new boolean[marks.size()];
        int currentBlock = -1;
        for (int m = 0; m < marks.size(); m++) {
            Mark mark = marks.get(m);
            if (skip[m]) {
                continue;
            }
            if (mark.block() != currentBlock) {
                carryOver(text, blocks, marks, m, open, skip, found);
                currentBlock = mark.block();
                if (skip[m]) {
                    continue;
                }
            }
            Open top = innermost(open, mark.style());
            if (top != null && closes(mark, top)) {
                while (open.peek() != top) {
                    open.pop(); // marks opened inside and never closed: not quotations
                }
                open.pop();
                found.add(quotation(top.mark(), mark.pos() + mark.len(), mark.pos(), !open.isEmpty()));
            } else if (opens(mark, top != null)) {
                open.push(new Open(mark));
            }
        }
        carryOver(text, blocks, marks, marks.size(), open, skip, found);
        found.sort(Comparator.comparingInt(Quotation::begin));
        List<Quotation> indexed = new ArrayList<>(found.size());
        for (Quotation q : found) {
            indexed.add(new Quotation(q.begin(), q.end(), q.contentBegin(), q.contentEnd(), q.style(), q.nested(),
                    indexed.size()));
        }
        return indexed;
    }

    /** Decides, when a new block starts (or the text ends), what becomes of the quotations still open. */
    private static void carryOver(String text, List<Block> blocks, List<Mark> marks, int next, Deque<Open> open,
                                  boolean[] skip, List<Quotation> found) {
        while (!open.isEmpty()) {
            Open o = open.peek();
            Mark first = o.mark();
            int lastBlock = next > 0 ? marks.get(next - 1).block() : first.block();
            Mark following = nextOfStyle(marks, next, first.style());
            boolean reopened = following != null && following.block() > lastBlock
                    && following.pos() == blocks.get(following.block()).begin() && following.left();
            boolean closesSoon = following != null && following.right() && !following.left()
                    && following.block() - first.block() <= MAX_BLOCKS_SPANNED
                    && first.style() != Quotation.Style.SINGLE;
            if (next < marks.size() && reopened) {
                skip[marks.indexOf(following)] = true;
                return;
            }
            if (next < marks.size() && closesSoon) {
                return;
            }
            open.pop();
            boolean speechStart = first.pos() == blocks.get(first.block()).begin()
                    || precededByColon(text, first.pos());
            if (speechStart && first.style() != Quotation.Style.SINGLE) {
                int end = blocks.get(lastBlock).end();
                found.add(quotation(first, end, end, !open.isEmpty()));
            }
        }
    }

    private static boolean precededByColon(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && text.charAt(i) == ':';
    }

    private static Mark nextOfStyle(List<Mark> marks, int from, Quotation.Style style) {
        for (int i = from; i < marks.size(); i++) {
            if (marks.get(i).style() == style) {
                return marks.get(i);
            }
        }
        return null;
    }

    private static Open innermost(Deque<Open> open, Quotation.Style style) {
        for (Open o : open) {
            if (o.mark().style() == style) {
                return o;
            }
        }
        return null;
    }

    private static boolean closes(Mark mark, Open top) {
        if (QuoteMarks.onlyOpens(mark.c())) {
            return false;
        }
        char o = top.mark().c();
        char c = mark.c();
        if (c == '“' && o == '„') {
            return true; // German-style „…“
        }
        if ((c == '«' && o == '«') || (c == '»' && o == '»')) {
            return mark.right() && !mark.left();
        }
        return mark.right() || !mark.left();
    }

    private static boolean opens(Mark mark, boolean sameStyleOpen) {
        char c = mark.c();
        if (QuoteMarks.onlyOpens(c)) {
            return true;
        }
        if (c == '’' || c == '”') {
            return mark.left() && !mark.right() && !sameStyleOpen;
        }
        return mark.left() || !mark.right();
    }

    private static Quotation quotation(Mark open, int end, int contentEnd, boolean nested) {
        return new Quotation(open.pos(), end, open.pos() + open.len(), contentEnd, open.style(), nested, 0);
    }

    private static List<Mark> marks(String text, List<Block> blocks) {
        List<Mark> marks = new ArrayList<>();
        for (Block block : blocks) {
            if (block.kind() == Block.Kind.DATELINE) {
                continue;
            }
            for (int i = block.begin(); i < block.end(); i++) {
                char c = text.charAt(i);
                if (c != ',' && !QuoteMarks.isQuoteMark(c)) {
                    continue; // nearly every character: the look around it below is for marks only
                }
                char before = i > block.begin() ? text.charAt(i - 1) : ' ';
                int len = doubled(text, i, block.end());
                char after = i + len < block.end() ? text.charAt(i + len) : ' ';
                Quotation.Style style = len == 2 ? Quotation.Style.DOUBLE : QuoteMarks.family(c);
                if (style == null || (len == 1 && isApostrophe(c, before, after, text, i, block.end()))) {
                    continue;
                }
                boolean left = !isSpace(after) && (isSpace(before) || isOpener(before));
                boolean right = !isSpace(before) && (isSpace(after) || isCloserFollower(after));
                // ",," opens like „ does
                char kind = len == 2 && c == ',' ? '„' : len == 2 ? '"' : c;
                marks.add(new Mark(i, len, kind, style, block.index(), left, right));
                i += len - 1;
            }
        }
        return marks;
    }

    /** 2 where a doubled mark stands in for a double quotation mark: ",,", "''", "’’", "‘‘"; else 1. */
    private static int doubled(String text, int i, int end) {
        if (i + 1 >= end) {
            return 1;
        }
        char c = text.charAt(i);
        char d = text.charAt(i + 1);
        if (c == ',' && d == ',') {
            return i + 2 < end && !isSpace(text.charAt(i + 2)) ? 2 : 1;
        }
        return c == d && (c == '\'' || c == '’' || c == '‘') ? 2 : 1;
    }

    private static boolean isApostrophe(char c, char before, char after, String text, int i, int blockEnd) {
        if (!QuoteMarks.canBeApostrophe(c)) {
            return false;
        }
        if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
            return true; // "PVV'er", "scenario’s"
        }
        // "'s avonds", "'t", "'n": a clitic standing alone
        boolean clitic = (after == 's' || after == 't' || after == 'n')
                && (i + 2 >= blockEnd || !Character.isLetterOrDigit(text.charAt(i + 2)));
        return clitic && isSpace(before);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isOpener(char c) {
        return c == '(' || c == '[' || c == '{' || c == '-' || c == '–' || c == '—' || c == '/' || c == ':'
                || QuoteMarks.isQuoteMark(c);
    }

    private static boolean isCloserFollower(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']'
                || c == '…' || c == '-' || c == '–' || c == '—' || QuoteMarks.isQuoteMark(c);
    }
}
