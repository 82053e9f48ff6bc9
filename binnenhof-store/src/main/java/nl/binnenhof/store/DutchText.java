package nl.binnenhof.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How Dutch text is indexed and searched: Unicode word tokens (so "VVD-premier" gives "vvd" and "premier"),
 * lower-cased, reduced to their Snowball Dutch stem ("onderhandelingen" and "onderhandeling" meet; the stemmer
 * also drops diaeresis and accents, so "beëdigd" matches "beedigd").
 *
 * <p>Stop words are kept: phrases such as "de kogel is door de kerk" must match exactly, and at the scale of
 * this record frequent words cost little.
 */
public final class DutchText extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new CachedDutchStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
