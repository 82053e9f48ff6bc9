package nl.binnenhof.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * Checks that a store is consistent: every article is stored once, with as many quote and mention documents
 * as its analysis has, and no quote or mention is left without its article. After a crash this must hold for
 * the last commit.
 */
public final class StoreCheck {

    /**
     * @param articles articles stored
     * @param quotes   quote documents
     * @param mentions mention documents
     * @param problems what is inconsistent, empty when the store is sound (at most 20 are listed)
     */
    public record Report(long articles, long quotes, long mentions, List<String> problems) {
        public boolean consistent() {
            return problems.isEmpty();
        }
    }

    private static final int MAX_PROBLEMS = 20;
    private static final Set<String> COUNTS = Set.of(Fields.QUOTE_COUNT, Fields.MENTION_COUNT);

    private StoreCheck() {
    }

    public static Report check(IndexReader reader) throws IOException {
        Map<String, int[]> byArticle = new HashMap<>(); // id -> {article docs, quotes, mentions, expected q, expected m}
        long quotes = 0;
        long mentions = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedSetDocValues types = DocValues.getSortedSet(leaf.reader(), Fields.TYPE);
            SortedSetDocValues ids = DocValues.getSortedSet(leaf.reader(), Fields.ARTICLE);
            StoredFields stored = leaf.reader().storedFields();
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live != null && !live.get(doc) || !types.advanceExact(doc) || !ids.advanceExact(doc)) {
                    continue;
                }
                String type = types.lookupOrd(types.nextOrd()).utf8ToString();
                int[] counts = byArticle.computeIfAbsent(ids.lookupOrd(ids.nextOrd()).utf8ToString(),
                        id -> new int[5]);
                switch (type) {
                    case Fields.TYPE_ARTICLE -> {
                        counts[0]++;
                        var fields = stored.document(doc, COUNTS);
                        counts[3] = fields.getField(Fields.QUOTE_COUNT).numericValue().intValue();
                        counts[4] = fields.getField(Fields.MENTION_COUNT).numericValue().intValue();
                    }
                    case Fields.TYPE_QUOTE -> {
                        counts[1]++;
                        quotes++;
                    }
                    default -> {
                        counts[2]++;
                        mentions++;
                    }
                }
            }
        }
        List<String> problems = new ArrayList<>();
        long articles = 0;
        for (Map.Entry<String, int[]> e : byArticle.entrySet()) {
            int[] c = e.getValue();
            articles += c[0];
            String problem = c[0] == 0 ? "quotes or mentions without their article"
                    : c[0] > 1 ? "stored " + c[0] + " times"
                    : c[1] != c[0] * c[3] || c[2] != c[0] * c[4]
                            ? "has " + c[1] + " of " + c[3] + " quotes and " + c[2] + " of " + c[4] + " mentions"
                            : null;
            if (problem != null && problems.size() < MAX_PROBLEMS) {
                problems.add("article \"" + e.getKey() + "\": " + problem);
            }
        }
        return new Report(articles, quotes, mentions, List.copyOf(problems));
    }
}
