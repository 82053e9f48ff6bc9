package nl.binnenhof.spark.tables;

import static nl.binnenhof.spark.tables.Columns.STRING;
import static nl.binnenhof.spark.tables.Columns.STRINGS;
import static nl.binnenhof.spark.tables.Columns.array;
import static nl.binnenhof.spark.tables.Columns.optional;
import static nl.binnenhof.spark.tables.Columns.required;

import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

import nl.binnenhof.actors.PersonActor;
import nl.binnenhof.analysis.ArticleAnalysis;
import nl.binnenhof.read.Article;

/** {@code articles}: one row per article, with its text (every offset in the other tables points into it). */
final class ArticlesTable implements Table {

    private static final StructType SCHEMA = Columns.schema(
            required("id", STRING),
            optional("date", STRING),
            optional("title", STRING),
            optional("source", STRING),
            required("origin", STRING),
            required("text", STRING),
            required("persons", STRINGS),
            required("parties", STRINGS),
            required("organisations", STRINGS));

    @Override
    public String name() {
        return "articles";
    }

    @Override
    public StructType schema() {
        return SCHEMA;
    }

    @Override
    public List<Row> rows(ArticleAnalysis a) {
        Article article = a.document().article();
        return List.of(RowFactory.create(article.id(), article.date(), article.title(), article.source(),
                article.origin(), article.text(), array(a.persons().stream().map(PersonActor::name).toList()),
                array(a.parties()), array(a.organisations())));
    }
}
