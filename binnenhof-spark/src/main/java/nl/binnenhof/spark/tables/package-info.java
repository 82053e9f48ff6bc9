/**
 * The output tables of the Spark job: their names, their schemas, and how one article's
 * {@link nl.binnenhof.analysis.ArticleAnalysis} becomes rows of each. This package owns the table format that users
 * and the store load; it knows nothing of Spark jobs, inputs or folders, only of {@code Row}s and schemas.
 */
package nl.binnenhof.spark.tables;
