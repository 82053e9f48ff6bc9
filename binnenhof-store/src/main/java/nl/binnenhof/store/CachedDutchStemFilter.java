package nl.binnenhof.store;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Replaces each token by its Snowball Dutch stem, as Lucene's SnowballFilter does, remembering the stems it
 * has computed: news repeats its words, and Snowball is the costliest step of indexing. An analyzer keeps one
 * filter per thread, so the memory needs no lock; it is emptied when full, to stay bounded.
 */
final class CachedDutchStemFilter extends TokenFilter {
    private static final int MAX_WORDS = 100_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final DutchStemmer stemmer = new DutchStemmer();
    private final Map<String, String> stems = new HashMap<>();

    CachedDutchStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = new String(term.buffer(), 0, term.length());
        String stem = stems.get(word);
        if (stem == null) {
            stemmer.setCurrent(word);
            stemmer.stem();
            stem = stemmer.getCurrent();
            if (stems.size() >= MAX_WORDS) {
                stems.clear();
            }
            stems.put(word, stem);
        }
        term.setEmpty().append(stem);
        return true;
    }
}
