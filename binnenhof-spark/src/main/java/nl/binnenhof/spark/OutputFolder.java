package nl.binnenhof.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The folder a run writes: one sub-folder per table, {@code analyses/} on request, and last of all the manifest
 * {@value #MANIFEST}, whose presence says that the folder is a complete output of this job.
 */
final class OutputFolder {

    static final String MANIFEST = "_binnenhof.json";

    private final SparkSession spark;
    private final FileSystem fs;
    private final Path root;
    private final String tableFormat;

    private OutputFolder(SparkSession spark, FileSystem fs, Path root, String tableFormat) {
        this.spark = spark;
        this.fs = fs;
        this.root = root;
        this.tableFormat = tableFormat;
    }

    /**
     * The output folder, checked before any work is done: it must not exist, or with {@code overwrite} it must be an
     * earlier output of this job (which is then removed), so that no other folder is ever replaced.
     */
    static OutputFolder prepare(SparkSession spark, String dir, boolean overwrite, String tableFormat) {
        Path root = new Path(dir);
        try {
            FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fs.exists(root)) {
                if (!overwrite) {
                    throw new IllegalArgumentException("the output folder " + dir + " already exists; choose a new "
                            + "one, or give --overwrite to replace an earlier output of this job");
                }
                boolean earlierOutput = fs.exists(new Path(root, MANIFEST));
                if (!earlierOutput && fs.listStatus(root).length > 0) {
                    throw new IllegalArgumentException("--overwrite replaces only an earlier output of this job "
                            + "(a folder with " + MANIFEST + "); " + dir + " is not one, so it was left alone");
                }
                fs.delete(root, true);
            }
            return new OutputFolder(spark, fs, root, tableFormat);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the output folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Writes the rows held in one array column of the unit rows as the table of that name. */
    void writeTable(Dataset<Row> units, String column) {
        units.select(explode(col(column)).as("row")).select("row.*")
                .write().format(tableFormat).save(path(column));
    }

    /**
     * Writes the analysis JSON lines held in one column as JSON Lines files. Spark's text writer names its files
     * {@code .txt}; they are renamed {@code .jsonl} so that every reader takes them for what they are.
     */
    void writeJsonLines(Dataset<Row> units, String column) {
        units.select(explode(col(column))).write().text(path(column));
        try {
            for (FileStatus file : fs.listStatus(new Path(root, column))) {
                String name = file.getPath().getName();
                if (name.endsWith(".txt")) {
                    Path renamed = new Path(file.getPath().getParent(),
                            name.substring(0, name.length() - 4) + ".jsonl");
                    if (!fs.rename(file.getPath(), renamed)) {
                        throw new IOException("could not rename " + file.getPath() + " to " + renamed);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot name the JSON Lines files in " + path(column), e);
        }
    }

    /** The number of rows of a table written, from the files themselves. */
    long count(String table) {
        return spark.read().format(tableFormat).load(path(table)).count();
    }

    /** The first rows of a table written, for a summary; never the whole table. */
    List<Row> head(String table, int rows) {
        return spark.read().format(tableFormat).load(path(table)).limit(rows).collectAsList();
    }

    /** Writes the manifest, which marks the folder as complete. */
    void writeManifest(Map<String, Object> manifest) {
        try (OutputStream out = fs.create(new Path(root, MANIFEST), true)) {
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out, manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + MANIFEST + " in " + root, e);
        }
    }

    String path(String table) {
        return new Path(root, table).toString();
    }
}
