/**
 * The Binnenhof analysis as an Apache Spark job ({@link nl.binnenhof.spark.SparkJob}, for {@code spark-submit}).
 * This package owns running the analysis at cluster scale: reading a corpus (JSON Lines, text folders, Parquet) as
 * splittable units through the single-machine readers, analysing each partition with one shared
 * {@link nl.binnenhof.analysis.Analyzer} per executor, and writing the output folder (tables, optional analysis JSON
 * Lines, manifest). What the tables hold is owned by {@link nl.binnenhof.spark.tables}.
 */
package nl.binnenhof.spark;
