package nl.binnenhof.store;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The content hash of every stored article by id, read once from doc values when the store is opened, so that
 * deciding whether an article is new, changed or already stored costs a map look-up. The reading thread
 * decides and records; a worker puts back what was known of an article whose analysis failed, so that the
 * next ingest tries it again.
 */
final class KnownArticles {
    private final Map<String, String> hashes;

    private KnownArticles(Map<String, String> hashes) {
        this.hashes = hashes;
    }

    static KnownArticles load(DirectoryReader reader) throws IOException {
        Map<String, String> hashes = new ConcurrentHashMap<>(Math.max(16, reader.numDocs() / 4));
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

    void put(String id, String hash) {
        hashes.put(id, hash);
    }

    String hash(String id) {
        return hashes.get(id);
    }

    /** Puts back what was known before: the old hash, or nothing when the article was new. */
    void restore(String id, String previousHash) {
        if (previousHash == null) {
            hashes.remove(id);
        } else {
            hashes.put(id, previousHash);
        }
    }

    int size() {
        return hashes.size();
    }
}
