package nl.binnenhof.query;

import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import nl.binnenhof.store.DutchText;
import nl.binnenhof.store.Fields;

/**
 * Users' query strings, parsed by Lucene's classic query parser (words, "phrases", AND/OR/NOT, +/-, groups,
 * prefix*, field:value) with all words required by default. Only the fields a caller allows may be named;
 * keyword fields (person:, party:, organisation:) take a name, which is resolved to the canonical one.
 */
final class UserQueries {
    static final Set<String> ARTICLE_FIELDS = Set.of(Fields.TEXT, Fields.TITLE, Fields.PERSON, Fields.PARTY,
            Fields.ORGANISATION);
    static final Set<String> QUOTE_FIELDS = Set.of(Fields.QUOTE_TEXT);
    private static final Set<String> KEYWORD_FIELDS = Set.of(Fields.PERSON, Fields.PARTY, Fields.ORGANISATION);
    private static final int MAX_LENGTH = 2_000;
    private static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(new DutchText(),
            Map.of(Fields.PERSON, new KeywordAnalyzer(), Fields.PARTY, new KeywordAnalyzer(),
                    Fields.ORGANISATION, new KeywordAnalyzer()));

    private UserQueries() {
    }

    /**
     * @param names resolves (field, name as typed) to the stored name, or null when there is none
     * @return the query; all documents for a blank string
     * @throws QueryException with a message for the user when the string cannot be parsed
     */
    static Query parse(String text, String defaultField, Set<String> fields, BinaryOperator<String> names) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        if (text.length() > MAX_LENGTH) {
            throw new QueryException("the query is longer than " + MAX_LENGTH + " characters");
        }
        RestrictedParser parser = new RestrictedParser(defaultField, fields, names);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return matchAllWhenOnlyNegative(parser.parse(text));
        } catch (ParseException e) {
            throw new QueryException("cannot parse the query \"" + text + "\": " + firstLine(e.getMessage())
                    + "; quote phrases with \"...\", write operators as AND, OR, NOT, and escape special characters "
                    + "(+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /) with \\");
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QueryException("the query is too large: " + e.getMessage());
        }
    }

    /** "NOT rutte" means every document without "rutte", not none at all. */
    private static Query matchAllWhenOnlyNegative(Query query) {
        if (query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            bool.clauses().forEach(b::add);
            return b.build();
        }
        return query;
    }

    private static String firstLine(String message) {
        String line = message == null ? "syntax error" : message.lines().findFirst().orElse(message);
        int colon = line.indexOf("': ");
        return colon >= 0 ? line.substring(colon + 3) : line;
    }

    private static final class RestrictedParser extends QueryParser {
        private final Set<String> fields;
        private final BinaryOperator<String> names;

        RestrictedParser(String defaultField, Set<String> fields, BinaryOperator<String> names) {
            super(defaultField, ANALYZER);
            this.fields = fields;
            this.names = names;
            setAllowLeadingWildcard(false);
        }

        private void check(String field) throws ParseException {
            if (!fields.contains(field)) {
                throw new ParseException("unknown field \"" + field + "\"; the fields are "
                        + String.join(", ", fields.stream().sorted().toList()));
            }
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            check(field);
            if (KEYWORD_FIELDS.contains(field)) {
                String name = names.apply(field, queryText);
                return name == null ? new MatchNoDocsQuery("no such " + field) : new TermQuery(new Term(field, name));
            }
            return super.getFieldQuery(field, queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            check(field);
            return super.getFieldQuery(field, queryText, slop);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                boolean endInclusive) throws ParseException {
            check(field);
            return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            check(field);
            return super.getPrefixQuery(field, termStr);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            check(field);
            return super.getWildcardQuery(field, termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            check(field);
            return super.getFuzzyQuery(field, termStr, minSimilarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            check(field);
            return super.getRegexpQuery(field, termStr);
        }
    }
}
