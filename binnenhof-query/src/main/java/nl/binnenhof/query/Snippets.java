package nl.binnenhof.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

import nl.binnenhof.store.DutchText;

/**
 * A short stretch of an article around the first word that matches the query, with the matching words marked
 * by offsets: the text is run through the same Dutch analysis as the index, so "onderhandelingen" is marked
 * for a query "onderhandeling".
 */
final class Snippets {
    private static final int BEFORE = 80;
    private static final int LENGTH = 260;
    private static final DutchText ANALYZER = new DutchText();
    private static final Pattern LEADING_DATE = Pattern.compile("^\\s*date \\d{4}(-\\d{2}){0,2}\\s*");

    record Snippet(String text, List<List<Integer>> highlights) {
    }

    private Snippets() {
    }

    /** The stems the query looks for in the field (words under NOT left out). */
    static Set<String> terms(Query query, String field) {
        Set<Term> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        Set<String> stems = new HashSet<>();
        terms.stream().filter(t -> t.field().equals(field)).forEach(t -> stems.add(t.text()));
        return stems;
    }

    static Snippet of(String text, Set<String> stems) {
        List<int[]> matches = new ArrayList<>();
        int windowEnd = Integer.MAX_VALUE;
        try (TokenStream tokens = ANALYZER.tokenStream("", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (!stems.isEmpty() && tokens.incrementToken() && offset.startOffset() < windowEnd) {
                if (stems.contains(term.toString())) {
                    if (matches.isEmpty()) {
                        windowEnd = start(text, offset.startOffset()) + LENGTH;
                    }
                    matches.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher date = LEADING_DATE.matcher(text);
        int bodyStart = date.lookingAt() ? date.end() : 0; // the " date YYYY-MM" line is not part of the story
        int start = Math.max(bodyStart, matches.isEmpty() ? 0 : start(text, matches.get(0)[0]));
        int end = end(text, Math.min(text.length(), start + LENGTH));
        String snippet = text.substring(start, end).replaceAll("\\s", " ");
        List<List<Integer>> highlights = new ArrayList<>();
        for (int[] m : matches) {
            if (m[0] >= start && m[1] <= end) {
                highlights.add(List.of(m[0] - start, m[1] - start));
            }
        }
        return new Snippet(snippet, highlights);
    }

    /** A word start at most {@link #BEFORE} characters before the match. */
    private static int start(String text, int match) {
        int start = Math.max(0, match - BEFORE);
        while (start > 0 && start < match && !Character.isWhitespace(text.charAt(start - 1))) {
            start++;
        }
        return start;
    }

    /** A word end at or before {@code end}, unless that cuts away more than a long word. */
    private static int end(String text, int end) {
        int cut = end;
        while (cut < text.length() && cut > end - 30 && !Character.isWhitespace(text.charAt(cut))) {
            cut--;
        }
        return cut > end - 30 ? cut : end;
    }
}
