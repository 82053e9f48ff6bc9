package nl.binnenhof.spark.tables;

import static nl.binnenhof.spark.tables.Columns.BOOLEAN;
import static nl.binnenhof.spark.tables.Columns.INT;
import static nl.binnenhof.spark.tables.Columns.STRING;
import static nl.binnenhof.spark.tables.Columns.articleId;
import static nl.binnenhof.spark.tables.Columns.lower;
import static nl.binnenhof.spark.tables.Columns.required;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

import nl.binnenhof.actors.Mention;
import nl.binnenhof.analysis.ArticleAnalysis;

/**
 * {@code mentions}: every stretch of text that refers to an actor (person, party, organisation), by offsets into
 * the article text. Role nouns and pronouns resolved to a person ("de premier", "hij") are rows too, marked
 * {@code reference}.
 */
final class MentionsTable implements Table {

    private static final StructType SCHEMA = Columns.schema(
            articleId(),
            required("actor", STRING),
            required("actor_type", STRING),
            required("form", STRING),
            required("reference", BOOLEAN),
            required("text", STRING),
            required("begin", INT),
            required("end", INT));

    @Override
    public String name() {
        return "mentions";
    }

    @Override
    public StructType schema() {
        return SCHEMA;
    }

    @Override
    public List<Row> rows(ArticleAnalysis a) {
        List<Row> rows = new ArrayList<>();
        add(a, a.personMentions(), false, rows);
        add(a, a.partyMentions(), false, rows);
        add(a, a.organisationMentions(), false, rows);
        add(a, a.references(), true, rows);
        return rows;
    }

    private static void add(ArticleAnalysis a, List<Mention> mentions, boolean reference, List<Row> rows) {
        for (Mention m : mentions) {
            rows.add(RowFactory.create(a.id(), m.actor(), lower(m.type()), lower(m.form()), reference,
                    a.document().covered(m), m.begin(), m.end()));
        }
    }
}
