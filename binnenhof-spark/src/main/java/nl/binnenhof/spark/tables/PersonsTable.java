package nl.binnenhof.spark.tables;

import static nl.binnenhof.spark.tables.Columns.BOOLEAN;
import static nl.binnenhof.spark.tables.Columns.STRING;
import static nl.binnenhof.spark.tables.Columns.STRINGS;
import static nl.binnenhof.spark.tables.Columns.array;
import static nl.binnenhof.spark.tables.Columns.articleId;
import static nl.binnenhof.spark.tables.Columns.optional;
import static nl.binnenhof.spark.tables.Columns.required;

import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

import nl.binnenhof.analysis.ArticleAnalysis;

/** {@code persons}: each person an article names, once, with party and roles as of the article's date. */
final class PersonsTable implements Table {

    private static final StructType SCHEMA = Columns.schema(
            articleId(),
            required("name", STRING),
            optional("party", STRING),
            optional("party_source", STRING),
            required("roles", STRINGS),
            required("in_knowledge_base", BOOLEAN));

    @Override
    public String name() {
        return "persons";
    }

    @Override
    public StructType schema() {
        return SCHEMA;
    }

    @Override
    public List<Row> rows(ArticleAnalysis a) {
        return a.persons().stream()
                .map(p -> RowFactory.create(a.id(), p.name(), p.party(), p.partySource(), array(p.roles()), p.known()))
                .toList();
    }
}
