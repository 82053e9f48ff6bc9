package nl.binnenhof.query;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.Consumer;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import nl.binnenhof.store.Fields;

/**
 * Whole results for exports: every match, oldest first (undated ones last), in the index order within a day,
 * read document by document so that only (day, document) pairs are held in memory.
 */
final class Streams {
    private Streams() {
    }

    static long inDateOrder(IndexSearcher searcher, Query query, Consumer<Document> sink) throws IOException {
        long[][] found = {new long[1024]};
        int[] n = {0};
        Matches.forEach(searcher, query, leaf -> {
            NumericDocValues days = DocValues.getNumeric(leaf.reader(), Fields.DAY);
            int base = leaf.docBase;
            return doc -> {
                long day = Values.number(days, doc, Integer.MAX_VALUE);
                if (n[0] == found[0].length) {
                    found[0] = Arrays.copyOf(found[0], n[0] * 2);
                }
                // Day (signed) in the high bits and the global document number in the low ones: one sort orders both.
                found[0][n[0]++] = day << 32 | (base + doc);
            };
        });
        long[] keys = Arrays.copyOf(found[0], n[0]);
        Arrays.sort(keys);
        StoredFields stored = searcher.storedFields();
        for (long key : keys) {
            sink.accept(stored.document((int) key));
        }
        return keys.length;
    }
}
