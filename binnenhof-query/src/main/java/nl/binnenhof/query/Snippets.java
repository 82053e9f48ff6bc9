package nl.binnenhof.query;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * A short stretch of an article around the first word that matches the query, with the matching words marked
 * by offsets. Words are matched by their Dutch stem, as in the index, so "onderhandelingen" is marked for a
 * query "onderhandeling"; only words that start like a stem are stemmed, which keeps a page of snippets cheap.
 */
final class Snippets {
    private static final int BEFORE = 80;
    private static final int LENGTH = 260;
    private static final Pattern LEADING_DATE = Pattern.compile("^\\s*date \\d{4}(-\\d{2}){0,2}\\s*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

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
        List<int[]> matches = stems.isEmpty() ? List.of() : matches(text, stems);
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

    /** Offsets of the words whose stem the query looks for, up to a snippet's length after the first. */
    private static List<int[]> matches(String text, Set<String> stems) {
        Set<String> prefixes = new HashSet<>();
        stems.forEach(s -> prefixes.add(s.substring(0, Math.min(3, s.length()))));
        DutchStemmer stemmer = new DutchStemmer();
        List<int[]> matches = new ArrayList<>();
        int windowEnd = Integer.MAX_VALUE;
        try (StandardTokenizer tokens = new StandardTokenizer()) {
            tokens.setReader(new StringReader(text));
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && offset.startOffset() < windowEnd) {
                String word = fold(term.toString());
                if (word.length() < 3 ? !stems.contains(word) : !prefixes.contains(word.substring(0, 3))) {
                    continue;
                }
                stemmer.setCurrent(term.toString().toLowerCase(Locale.ROOT));
                stemmer.stem();
                if (stems.contains(stemmer.getCurrent())) {
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
        return matches;
    }

    /** Lower case without accents or diaeresis, as the stemmer leaves a word's start. */
    private static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 127) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return lower;
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
