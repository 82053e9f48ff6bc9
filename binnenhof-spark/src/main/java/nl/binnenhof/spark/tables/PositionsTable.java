package nl.binnenhof.spark.tables;

import static nl.binnenhof.spark.tables.Columns.INT;
import static nl.binnenhof.spark.tables.Columns.STRING;
import static nl.binnenhof.spark.tables.Columns.articleId;
import static nl.binnenhof.spark.tables.Columns.lower;
import static nl.binnenhof.spark.tables.Columns.optional;
import static nl.binnenhof.spark.tables.Columns.required;

import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

import nl.binnenhof.analysis.ArticleAnalysis;
import nl.binnenhof.positions.Position;

/**
 * {@code positions}: stances of actors on proposals, as in the gold format ({@code actor}, {@code target},
 * {@code polarity} support/oppose), with the cue, the target's offsets and the sentence that is the evidence. It
 * holds the stances of organisations too, which the analysis JSON keeps apart: {@code actor_type} tells them.
 */
final class PositionsTable implements Table {

    private static final StructType SCHEMA = Columns.schema(
            articleId(),
            required("actor", STRING),
            required("actor_type", STRING),
            required("polarity", STRING),
            required("target", STRING),
            required("target_begin", INT),
            required("target_end", INT),
            optional("cue", STRING),
            required("cue_begin", INT),
            required("sentence", STRING),
            required("sentence_begin", INT),
            required("sentence_end", INT),
            optional("frame", STRING));

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
        String text = a.document().text();
        return a.positions().stream().map(p -> row(a.id(), text, p)).toList();
    }

    private static Row row(String id, String text, Position p) {
        return RowFactory.create(id, p.actor(), lower(p.actorType()), lower(p.polarity()), p.target(),
                p.targetBegin(), p.targetEnd(), p.cue(), p.cueBegin(), text.substring(p.begin(), p.end()), p.begin(),
                p.end(), p.frame());
    }
}
