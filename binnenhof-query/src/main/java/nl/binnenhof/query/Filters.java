package nl.binnenhof.query;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import nl.binnenhof.store.Fields;

/** Builds the filtered queries: a document type, exact names, a date range, and a scored query if any. */
final class Filters {
    private final BooleanQuery.Builder builder = new BooleanQuery.Builder();

    private Filters(String type) {
        builder.add(new TermQuery(new Term(Fields.TYPE, type)), BooleanClause.Occur.FILTER);
    }

    static Filters of(String type) {
        return new Filters(type);
    }

    /** A query that scores. */
    Filters must(Query query) {
        builder.add(query, BooleanClause.Occur.MUST);
        return this;
    }

    /**
     * Only documents with this exact value. A {@code null} value means "no filter"; use {@link #none()} when
     * a name was asked for but is not in the store.
     */
    Filters term(String field, String value) {
        if (value != null) {
            builder.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
        return this;
    }

    /** No document at all: a filter on something the store does not have. */
    Filters none() {
        builder.add(new MatchNoDocsQuery(), BooleanClause.Occur.FILTER);
        return this;
    }

    Filters dates(DateRange range) {
        if (!range.isAll()) {
            long from = range.from() == null ? Long.MIN_VALUE : range.from().toEpochDay();
            long to = range.to() == null ? Long.MAX_VALUE : range.to().toEpochDay();
            builder.add(LongPoint.newRangeQuery(Fields.DAY, from, to), BooleanClause.Occur.FILTER);
        }
        return this;
    }

    Query build() {
        return builder.build();
    }
}
