package nl.binnenhof.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import nl.binnenhof.store.Fields;

/** Article searches: the query, the ranked page, and the hits with their snippets. */
final class ArticleSearch {
    private static final Set<String> HIT_FIELDS = Set.of(Fields.ARTICLE, Fields.DATE, Fields.HEADLINE, Fields.SOURCE,
            Fields.PERSON, Fields.PARTY, Fields.QUOTE_COUNT, Fields.TEXT);

    private ArticleSearch() {
    }

    /** The articles an {@link ArticleQuery} asks for; names are resolved through the table. */
    static Query query(ArticleQuery q, Names names) {
        Filters filters = Filters.of(Fields.TYPE_ARTICLE)
                .must(UserQueries.parse(q.text(), Fields.TEXT, UserQueries.ARTICLE_FIELDS, names::resolve))
                .dates(q.dates());
        exact(filters, Fields.PERSON, q.person(), names);
        exact(filters, Fields.PARTY, q.party(), names);
        return filters.build();
    }

    /** Filters on the stored name meant, or on nothing when a name was asked for that the store lacks. */
    static void exact(Filters filters, String field, String typed, Names names) {
        if (typed != null && !typed.isBlank()) {
            String name = names.resolve(field, typed);
            if (name == null) {
                filters.none();
            } else {
                filters.term(field, name);
            }
        }
    }

    static Page<ArticleHit> search(IndexSearcher searcher, ArticleQuery q, Paging paging, Names names)
            throws IOException {
        return search(searcher, query(q, names), q.order(), paging);
    }

    static Page<ArticleHit> search(IndexSearcher searcher, Query query, ArticleQuery.Order order, Paging paging)
            throws IOException {
        TopDocs top = switch (order) {
            case RELEVANCE -> searcher.search(query,
                    new TopScoreDocCollectorManager(paging.end(), null, Integer.MAX_VALUE));
            case NEWEST, OLDEST -> searcher.search(query,
                    new TopFieldCollectorManager(byDate(order == ArticleQuery.Order.NEWEST), paging.end(), null,
                            Integer.MAX_VALUE));
        };
        Set<String> stems = Snippets.terms(query, Fields.TEXT);
        StoredFields stored = searcher.storedFields();
        List<ArticleHit> hits = new ArrayList<>();
        for (int i = paging.offset(); i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            hits.add(hit(stored.document(sd.doc, HIT_FIELDS), Float.isNaN(sd.score) ? 0 : sd.score, stems));
        }
        return new Page<>(hits, top.totalHits.value(), paging.offset());
    }

    static Sort byDate(boolean newestFirst) {
        SortField day = new SortField(Fields.DAY, SortField.Type.LONG, newestFirst);
        day.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(day, SortField.FIELD_DOC);
    }

    private static ArticleHit hit(Document doc, float score, Set<String> stems) {
        Snippets.Snippet snippet = Snippets.of(doc.get(Fields.TEXT), stems);
        return new ArticleHit(doc.get(Fields.ARTICLE), doc.get(Fields.DATE), doc.get(Fields.HEADLINE),
                doc.get(Fields.SOURCE), score, List.of(doc.getValues(Fields.PERSON)),
                List.of(doc.getValues(Fields.PARTY)), doc.getField(Fields.QUOTE_COUNT).numericValue().intValue(),
                snippet.text(), snippet.highlights());
    }
}
