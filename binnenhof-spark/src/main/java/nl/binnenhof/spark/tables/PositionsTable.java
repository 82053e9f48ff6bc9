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
 * {@code positions}: stances of actors on proposals, as in the gold format ({@code actor}, {@code target},
 * {@code polarity} support/oppose), with the cue and evidence offsets.
 *
 * <p>The analysis does not find positions yet, so the table is written with its schema and no rows; when
 * {@link ArticleAnalysis} gets its positions, {@link #rows} maps them here and nothing else changes.
 */
final class PositionsTable implements Table {

    private static final StructType SCHEMA = Columns.schema(
            articleId(),
            required("actor", STRING),
            optional("actor_type", STRING),
            required("polarity", STRING),
            required("target", STRING),
            optional("cue", STRING),
            required("begin", INT),
            required("end", INT),
            required("sentence_begin", INT),
            required("sentence_end", INT));

    @Override
    public String name() {
        return "positions";
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
