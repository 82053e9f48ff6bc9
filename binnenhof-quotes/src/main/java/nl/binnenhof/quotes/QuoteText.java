package nl.binnenhof.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word sets of quotations, for telling whether two quotes say the same. */
final class QuoteText {
    private QuoteText() {
    }

    /** The lower-case words of a text: its runs of letters and digits. */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean wordChar = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** Content words are this long at least: "op", "de", "het" and "dan" say nothing of which quote is meant. */
    private static final int MIN_CONTENT_LENGTH = 4;
    /** Two words share a stem when they begin with the same this many letters ("beoordelen", "beoordeeld"). */
    private static final int STEM_LENGTH = 6;

    /** The stems of the content words: each word cut to {@value #STEM_LENGTH} letters. */
    static List<String> stems(Set<String> words) {
        List<String> stems = new ArrayList<>();
        for (String w : words) {
            if (w.length() >= MIN_CONTENT_LENGTH) {
                stems.add(stem(w));
            }
        }
        return stems;
    }

    /** The share of the stems that some word of {@code words} has too; 0 when there are no stems. */
    static double containedShare(List<String> stems, Set<String> words) {
        if (stems.isEmpty()) {
            return 0;
        }
        Set<String> theirs = new HashSet<>();
        for (String w : words) {
            theirs.add(stem(w));
        }
        int held = 0;
        for (String s : stems) {
            held += theirs.contains(s) ? 1 : 0;
        }
        return (double) held / stems.size();
    }

    private static String stem(String word) {
        return word.length() > STEM_LENGTH ? word.substring(0, STEM_LENGTH) : word;
    }
}
