package nl.binnenhof.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

import nl.binnenhof.store.Fields;

/** Quote searches: newest first, in the order of the article within one article. */
final class QuoteSearch {
    static final Sort NEWEST_FIRST = newestFirst();

    private QuoteSearch() {
    }

    static Query query(QuoteQuery q, Names names) {
        Filters filters = Filters.of(Fields.TYPE_QUOTE).dates(q.dates());
        if (q.text() != null && !q.text().isBlank()) {
            filters.must(UserQueries.parse(q.text(), Fields.QUOTE_TEXT, UserQueries.QUOTE_FIELDS, names::resolve));
        }
        ArticleSearch.exact(filters, Fields.SPEAKER, q.speaker(), names);
        ArticleSearch.exact(filters, Fields.SPEAKER_PARTY, q.party(), names);
        if (q.kind() != null && !q.kind().isBlank()) {
            filters.term(Fields.KIND, q.kind().strip().toLowerCase(java.util.Locale.ROOT));
        }
        return filters.build();
    }

    static Page<QuoteHit> search(IndexSearcher searcher, QuoteQuery q, Paging paging, Names names) throws IOException {
        TopDocs top = searcher.search(query(q, names),
                new TopFieldCollectorManager(NEWEST_FIRST, paging.end(), null, Integer.MAX_VALUE));
        StoredFields stored = searcher.storedFields();
        List<QuoteHit> hits = new ArrayList<>();
        for (int i = paging.offset(); i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            hits.add(hit(stored.document(sd.doc)));
        }
        return new Page<>(hits, top.totalHits.value(), paging.offset());
    }

    static QuoteHit hit(Document doc) {
        Map<String, Object> quote = StoredJson.parse(doc.get(Fields.QUOTE));
        return new QuoteHit(doc.get(Fields.ARTICLE), doc.getField(Fields.QUOTE_INDEX).numericValue().intValue(),
                doc.get(Fields.DATE), doc.get(Fields.HEADLINE), doc.get(Fields.SOURCE), doc.get(Fields.SPEAKER),
                doc.get(Fields.SPEAKER_PARTY), doc.get(Fields.KIND), string(quote, "cue"), string(quote, "text"),
                string(quote, "sentence"), number(quote, "begin"), number(quote, "end"),
                number(quote, "sentenceBegin"), number(quote, "sentenceEnd"));
    }

    private static String string(Map<String, Object> map, String key) {
        return map.get(key) instanceof String s ? s : null;
    }

    private static int number(Map<String, Object> map, String key) {
        return map.get(key) instanceof Number n ? n.intValue() : -1;
    }

    private static Sort newestFirst() {
        SortField day = new SortField(Fields.DAY, SortField.Type.LONG, true);
        day.setMissingValue(Long.MIN_VALUE);
        return new Sort(day, new SortedSetSortField(Fields.ARTICLE, false),
                new SortField(Fields.QUOTE_INDEX, SortField.Type.LONG));
    }
}
