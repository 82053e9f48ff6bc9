package nl.binnenhof.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import nl.binnenhof.analysis.AnalysisJson;
import nl.binnenhof.analysis.Analyzer;
import nl.binnenhof.analysis.ArticleAnalysis;
import nl.binnenhof.read.Article;
import nl.binnenhof.read.ReadProblem;
import nl.binnenhof.spark.tables.Table;
import nl.binnenhof.spark.tables.Tables;

/**
 * Reads and analyses the units of one partition, one at a time as Spark pulls them, and gives for each unit one
 * row that holds, per table, the rows its articles give that table, plus the unit's problems and (on request) its
 * analyses as JSON. Nothing of the partition is held beyond the unit at hand.
 */
final class AnalyzePartition implements MapPartitionsFunction<Row, Row> {

    /** The column of the unit rows that holds problems. */
    static final String PROBLEMS = Tables.PROBLEMS;
    /** The column of the unit rows that holds the analysis JSON of each article (empty unless asked for). */
    static final String ANALYSES = "analyses";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputFormat format;
    private final boolean withJson;

    AnalyzePartition(InputFormat format, boolean withJson) {
        this.format = format;
        this.withJson = withJson;
    }

    /** The schema of the rows this function gives: one array column per table, then problems and analyses. */
    static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (Table table : Tables.ANALYSIS) {
            fields.add(arrayOf(table.name(), table.schema()));
        }
        fields.add(arrayOf(PROBLEMS, Tables.PROBLEM_SCHEMA));
        fields.add(arrayOf(ANALYSES, DataTypes.StringType));
        return DataTypes.createStructType(fields);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> units) {
        Analyzer analyzer = SharedAnalyzer.get();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(units, Spliterator.ORDERED), false)
                .map(unit -> analyze(analyzer, unit))
                .iterator();
    }

    private Row analyze(Analyzer analyzer, Row unit) {
        List<Article> articles = new ArrayList<>(1);
        List<ReadProblem> problems = new ArrayList<>(0);
        format.read(unit, articles::add, problems::add);
        List<List<Row>> tables = new ArrayList<>();
        Tables.ANALYSIS.forEach(t -> tables.add(new ArrayList<>()));
        List<String> analyses = new ArrayList<>(withJson ? articles.size() : 0);
        for (Article article : articles) {
            try {
                ArticleAnalysis analysis = analyzer.analyze(article);
                List<List<Row>> rows = Tables.ANALYSIS.stream().map(t -> t.rows(analysis)).toList();
                String json = withJson ? json(analysis) : null;
                for (int i = 0; i < rows.size(); i++) {
                    tables.get(i).addAll(rows.get(i));
                }
                if (json != null) {
                    analyses.add(json);
                }
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(new ReadProblem(article.origin(), "the analysis of article \"" + article.id()
                        + "\" failed (" + e + "); it is left out, please report this as a bug"));
            }
        }
        Object[] values = new Object[tables.size() + 2];
        for (int i = 0; i < tables.size(); i++) {
            values[i] = tables.get(i).toArray(Row[]::new); // the row encoder takes arrays, not lists
        }
        values[tables.size()] = problems.stream().map(Tables::problem).toArray(Row[]::new);
        values[tables.size() + 1] = analyses.toArray(String[]::new);
        return RowFactory.create(values);
    }

    /** The single-machine JSON output of the analysis, with the article text added, as one line. */
    static String json(ArticleAnalysis analysis) {
        Map<String, Object> out = new LinkedHashMap<>(AnalysisJson.toMap(analysis));
        out.put("text", analysis.document().text());
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the analysis of " + analysis.id() + " as JSON", e);
        }
    }

    private static StructField arrayOf(String name, org.apache.spark.sql.types.DataType element) {
        return DataTypes.createStructField(name, DataTypes.createArrayType(element, false), false);
    }
}
