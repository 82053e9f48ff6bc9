package nl.binnenhof.spark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import nl.binnenhof.read.ReadProblem;
import nl.binnenhof.spark.tables.Table;
import nl.binnenhof.spark.tables.Tables;

/**
 * The job: read the input partition by partition, analyse every article once, and write the tables.
 *
 * <p>The analysed partitions are kept on the executors' local disks ({@link StorageLevel#DISK_ONLY()}) while the
 * tables are written from them one after the other, so that each article is analysed once whatever the number of
 * tables, and no executor holds more than the rows at hand in memory. Nothing is collected to the driver but counts
 * and the first few problems.
 */
final class AnalysisJob {

    /**
     * Input split size unless the user sets one. The analysis is CPU-bound (an 8 MB split of JSON Lines is about 5,000
     * articles, a few seconds of work), so splits much smaller than Spark's default 128 MB keep every core busy to
     * the end of a stage instead of leaving one task running alone.
     */
    static final String DEFAULT_SPLIT = "8m";
    /**
     * What opening one file counts as, in bytes, when Spark packs files into splits, unless the user sets it. Spark's
     * default of 4 MB would put only two news articles of a text folder into an 8 MB split; at 32 kB a split holds
     * about 250 of them.
     */
    static final String DEFAULT_FILE_OPEN_COST = "32k";
    /**
     * Rows per batch of the analysed partitions kept on disk, unless the user sets it. Spark builds each batch in
     * memory before it goes to disk; its default of 10,000 rows, each an article's text and all its table rows, is
     * tens of megabytes per task before the builders' slack, while 500 rows are a few megabytes.
     */
    static final String DEFAULT_CACHE_BATCH = "500";
    /** Problems shown in the summary; all of them are in the problems table. */
    static final int PROBLEMS_SHOWN = 10;

    private AnalysisJob() {
    }

    static JobSummary run(SparkSession spark, JobOptions options) {
        OutputFolder out = OutputFolder.prepare(spark, options.output(), options.overwrite(), options.tableFormat());
        setDefault(spark, "spark.sql.files.maxPartitionBytes", DEFAULT_SPLIT);
        setDefault(spark, "spark.sql.files.openCostInBytes", DEFAULT_FILE_OPEN_COST);
        setDefault(spark, "spark.sql.inMemoryColumnarStorage.batchSize", DEFAULT_CACHE_BATCH);
        Dataset<Row> units = options.format().load(spark, options.input());
        Dataset<Row> analysed = units
                .mapPartitions(new AnalyzePartition(options.format(), options.jsonl()),
                        Encoders.row(AnalyzePartition.schema()))
                .persist(StorageLevel.DISK_ONLY());
        List<String> written = new ArrayList<>();
        try {
            for (Table table : Tables.ANALYSIS) {
                out.writeTable(analysed, table.name());
                written.add(table.name());
            }
            out.writeTable(analysed, Tables.PROBLEMS);
            written.add(Tables.PROBLEMS);
            if (options.jsonl()) {
                out.writeJsonLines(analysed, AnalyzePartition.ANALYSES);
            }
        } finally {
            analysed.unpersist();
        }
        JobSummary summary = new JobSummary(out.count("articles"), out.count(Tables.PROBLEMS),
                out.head(Tables.PROBLEMS, PROBLEMS_SHOWN).stream()
                        .map(r -> new ReadProblem(r.getString(0), r.getString(1))).toList());
        out.writeManifest(manifest(spark, options, written, summary));
        return summary;
    }

    private static void setDefault(SparkSession spark, String key, String value) {
        if (!spark.conf().contains(key)) {
            spark.conf().set(key, value);
        }
    }

    private static Map<String, Object> manifest(SparkSession spark, JobOptions options, List<String> tables,
            JobSummary summary) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", "binnenhof-spark");
        m.put("version", 1);
        m.put("tables", tables);
        m.put("tableFormat", options.tableFormat());
        m.put("analyses", options.jsonl() ? AnalyzePartition.ANALYSES : null);
        m.put("input", options.input());
        m.put("inputFormat", options.format().name().toLowerCase(java.util.Locale.ROOT));
        m.put("articles", summary.articles());
        m.put("problems", summary.problems());
        m.put("sparkVersion", spark.version());
        m.put("finished", Instant.now().toString());
        return m;
    }
}
