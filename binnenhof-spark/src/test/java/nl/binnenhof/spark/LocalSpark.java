package nl.binnenhof.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;

/** Test helpers: a local Spark session like a small cluster's, the shared corpus, and tables read back. */
final class LocalSpark {

    private LocalSpark() {
    }

    /** Two executor threads, so that partitions really are analysed side by side; no UI, no network. */
    static SparkSession start() {
        return SparkSession.builder()
                .master("local[2]")
                .appName("binnenhof-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                // small splits, so that even the test corpus is read in several partitions
                .config("spark.sql.files.maxPartitionBytes", "64k")
                .getOrCreate();
    }

    /** The shared corpus of real articles, from the system property set by surefire. */
    static Path corpus() {
        String configured = System.getProperty("binnenhof.corpus");
        Path path = Path.of(configured != null ? configured : "../../shared/corpus");
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("shared corpus not found at " + path + "; set -Dbinnenhof.corpus");
        }
        return path;
    }

    /** A written table as plain Java values (arrays as lists), one map per row, column name to value. */
    static List<Map<String, Object>> table(SparkSession spark, Path folder, String format) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Row row : spark.read().format(format).load(folder.toString()).collectAsList()) {
            Map<String, Object> values = new LinkedHashMap<>();
            StructField[] fields = row.schema().fields();
            for (int i = 0; i < fields.length; i++) {
                Object value = row.isNullAt(i) ? null
                        : fields[i].dataType() instanceof ArrayType ? new ArrayList<>(row.getList(i)) : row.get(i);
                values.put(fields[i].name(), value);
            }
            rows.add(values);
        }
        return rows;
    }
}
