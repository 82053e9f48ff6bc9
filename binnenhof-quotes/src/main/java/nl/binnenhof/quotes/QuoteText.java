package nl.binnenhof.quotes;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Word sets of quotations, for telling whether two quotes say the same. */
final class QuoteText {
    private QuoteText() {
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
