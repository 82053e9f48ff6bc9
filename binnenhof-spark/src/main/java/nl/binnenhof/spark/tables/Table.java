package nl.binnenhof.spark.tables;

import java.io.Serializable;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import nl.binnenhof.analysis.ArticleAnalysis;

/**
 * One output table: its name (the folder it is written to), its schema, and the rows that one article's analysis
 * gives it. A table reads the analysis only; it never analyses anything itself, so a table of the cluster job holds
 * exactly what the single-machine analysis found.
 */
public interface Table extends Serializable {

    String name();

    StructType schema();

    /** This article's rows, each matching {@link #schema()}; none when the article has nothing for this table. */
    List<Row> rows(ArticleAnalysis analysis);
}
