package nl.binnenhof.spark.tables;

import static nl.binnenhof.spark.tables.Columns.INT;
import static nl.binnenhof.spark.tables.Columns.STRING;
import static nl.binnenhof.spark.tables.Columns.articleId;
import static nl.binnenhof.spark.tables.Columns.lower;
import static nl.binnenhof.spark.tables.Columns.optional;
import static nl.binnenhof.spark.tables.Columns.required;

import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

import nl.binnenhof.analysis.ArticleAnalysis;
import nl.binnenhof.quotes.Quote;

/**
 * {@code quotes}: direct, mixed and indirect quotes with their speakers. {@code begin}/{@code end} are the quoted
 * words, as in the JSON output; the quotation marks, speaker mention, cue and source sentence have offsets of their
 * own (-1 where there is none).
 */
final class QuotesTable implements Table {

    private static final StructType SCHEMA = Columns.schema(
            articleId(),
            required("kind", STRING),
            required("text", STRING),
            optional("speaker", STRING),
            optional("speaker_type", STRING),
            optional("cue", STRING),
            required("begin", INT),
            required("end", INT),
            required("quote_begin", INT),
            required("quote_end", INT),
            required("speaker_begin", INT),
            required("speaker_end", INT),
            required("cue_begin", INT),
            required("sentence", STRING),
            required("sentence_begin", INT),
            required("sentence_end", INT),
            optional("attribution", STRING));

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public StructType schema() {
        return SCHEMA;
    }

    @Override
    public List<Row> rows(ArticleAnalysis a) {
        String text = a.document().text();
        return Stream.concat(a.quotes().stream(), a.indirectQuotes().stream())
                .map(q -> row(a.id(), text, q))
                .toList();
    }

    private static Row row(String id, String text, Quote q) {
        return RowFactory.create(id, lower(q.kind()), q.text(), q.speaker(), lower(q.speakerType()), q.cue(),
                q.contentBegin(), q.contentEnd(), q.begin(), q.end(), q.speakerBegin(), q.speakerEnd(),
                q.cueBegin(), text.substring(q.sentenceBegin(), q.sentenceEnd()), q.sentenceBegin(),
                q.sentenceEnd(), q.method());
    }
}
