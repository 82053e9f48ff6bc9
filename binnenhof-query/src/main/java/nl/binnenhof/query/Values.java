package nl.binnenhof.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;

/** Reading doc values of one document, with a missing value read as empty. */
final class Values {
    private Values() {
    }

    static List<String> strings(SortedSetDocValues values, int doc) throws IOException {
        if (!values.advanceExact(doc)) {
            return List.of();
        }
        int n = values.docValueCount();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(values.lookupOrd(values.nextOrd()).utf8ToString());
        }
        return out;
    }

    /** The first (for single-valued keyword fields: the only) ordinal, or -1. */
    static long ord(SortedSetDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.nextOrd() : -1;
    }

    static String string(SortedSetDocValues values, int doc) throws IOException {
        long ord = ord(values, doc);
        return ord < 0 ? null : values.lookupOrd(ord).utf8ToString();
    }

    static long number(NumericDocValues values, int doc, long missing) throws IOException {
        return values.advanceExact(doc) ? values.longValue() : missing;
    }
}
