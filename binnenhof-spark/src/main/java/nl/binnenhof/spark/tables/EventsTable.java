package nl.binnenhof.spark.tables;

import static nl.binnenhof.spark.tables.Columns.INT;
import static nl.binnenhof.spark.tables.Columns.STRING;
import static nl.binnenhof.spark.tables.Columns.articleId;
import static nl.binnenhof.spark.tables.Columns.optional;
import static nl.binnenhof.spark.tables.Columns.required;

import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import nl.binnenhof.analysis.ArticleAnalysis;

/**
 * {@code events}: negotiation events (started, stalled, deal, proposal rejected, deadline, apology, cabinet falls)
 * with the actors involved and the date resolved against the article's date.
 *
 * <p>The analysis does not find events yet, so the table is written with its schema and no rows; when
 * {@link ArticleAnalysis} gets its events, {@link #rows} maps them here and nothing else changes.
 */
final class EventsTable implements Table {

    private static final StructType SCHEMA = Columns.schema(
            articleId(),
            required("type", STRING),
            required("actors", Columns.STRINGS),
            optional("date", STRING),
            optional("date_text", STRING),
            optional("cue", STRING),
            required("begin", INT),
            required("end", INT),
            required("sentence_begin", INT),
            required("sentence_end", INT));

    @Override
    public String name() {
        return "events";
    }

    @Override
    public StructType schema() {
        return SCHEMA;
    }

    @Override
    public List<Row> rows(ArticleAnalysis a) {
        return List.of();
    }
}
