package nl.binnenhof.store;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The content hash of every stored article by id, read once from doc values when the store is opened, so that
 * deciding whether an article is new, changed or already stored costs a map look-up. Used by the reading
 * thread only.
 */
final class KnownArticles {
    enum Status { NEW, CHANGED, UNCHANGED }

    private final Map<String, String> hashes;

    private KnownArticles(Map<String, String> hashes) {
        this.hashes = hashes;
    }

    static KnownArticles load(DirectoryReader reader) throws IOException {
        Map<String, String> hashes = new HashMap<>(Math.max(16, reader.numDocs() / 4));
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.ARTICLE_KEY);
            BinaryDocValues hashValues = leaf.reader().getBinaryDocValues(Fields.HASH);
            if (ids == null || hashValues == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if ((live == null || live.get(doc)) && hashValues.advanceExact(doc)) {
                    hashes.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), hashValues.binaryValue().utf8ToString());
                }
            }
        }
        return new KnownArticles(hashes);
    }

    Status status(String id, String hash) {
        String known = hashes.get(id);
        return known == null ? Status.NEW : known.equals(hash) ? Status.UNCHANGED : Status.CHANGED;
    }

    void put(String id, String hash) {
        hashes.put(id, hash);
    }

    int size() {
        return hashes.size();
    }
}
