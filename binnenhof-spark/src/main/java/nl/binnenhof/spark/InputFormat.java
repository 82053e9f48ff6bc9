package nl.binnenhof.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import nl.binnenhof.read.Article;
import nl.binnenhof.read.ArticleReaders;
import nl.binnenhof.read.ReadProblem;

/**
 * The input formats. Each one loads its input as a dataset of <em>units</em> that Spark can split across the
 * cluster (a line, a file, a row), and turns one unit into articles with the very readers the single-machine tool
 * uses, so that both read the same articles and report the same problems.
 */
enum InputFormat {

    /** JSON Lines, one unit per line: large files are split between tasks at line boundaries. */
    JSONL("*.{jsonl,ndjson,json}*") {
        @Override
        Dataset<Row> units(DataFrameReader reader, String path) {
            // The line as raw bytes (Spark does not check UTF-8), so that bad encodings are reported as they are
            // by the single-machine reader instead of being silently replaced.
            return reader.text(path).select(col("_metadata.file_path"), col("value").cast("binary"));
        }

        @Override
        void read(Row unit, Consumer<Article> articles, Consumer<ReadProblem> problems) {
            ArticleReaders.readJsonLine((byte[]) unit.get(1), unit.getString(0), articles, problems);
        }
    },

    /** Folders of plain-text and HTML files, one unit (and one article) per file. */
    TEXT("*.{txt,TXT,html,htm,HTML,HTM}") {
        @Override
        Dataset<Row> units(DataFrameReader reader, String path) {
            return reader.format("binaryFile").load(path).select(col("path"), col("content"));
        }

        @Override
        void read(Row unit, Consumer<Article> articles, Consumer<ReadProblem> problems) {
            String path = unit.getString(0);
            ArticleReaders.readBytes(path, path, (byte[]) unit.get(1), articles, problems);
        }
    },

    /** Parquet, one unit per row; the columns are taken by name, any others are ignored. */
    PARQUET(null) {
        @Override
        Dataset<Row> units(DataFrameReader reader, String path) {
            Dataset<Row> rows = reader.parquet(path);
            List<String> columns = Arrays.stream(rows.columns()).map(c -> c.toLowerCase(Locale.ROOT)).toList();
            for (String required : List.of("id", "text")) {
                if (!columns.contains(required)) {
                    throw new IllegalArgumentException("the Parquet input has no column '" + required + "'; it needs "
                            + "columns id and text (and may have date, title, source); its columns are "
                            + columns);
                }
            }
            Column location = concat(col("_metadata.file_path"), lit("#row "), col("_metadata.row_index"));
            Column[] select = new Column[FIELDS.size() + 1];
            select[0] = location;
            for (int i = 0; i < FIELDS.size(); i++) {
                String field = FIELDS.get(i);
                select[i + 1] = (columns.contains(field) ? col(field) : lit(null)).cast("string").as(field);
            }
            return rows.select(select);
        }

        @Override
        void read(Row unit, Consumer<Article> articles, Consumer<ReadProblem> problems) {
            Map<String, Object> fields = new HashMap<>();
            for (int i = 0; i < FIELDS.size(); i++) {
                fields.put(FIELDS.get(i), unit.get(i + 1));
            }
            ArticleReaders.readRecord(fields, unit.getString(0), articles, problems);
        }
    };

    /** The columns of a Parquet input that make an article, as the fields of a JSON Lines record do. */
    private static final List<String> FIELDS = List.of("id", "text", "date", "title", "source");

    /** Which files of a folder are read, or {@code null} for Spark's own choice. */
    private final String folderFiles;

    InputFormat(String folderFiles) {
        this.folderFiles = folderFiles;
    }

    static InputFormat named(String name) throws UsageException {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format must be jsonl, text or parquet, not '" + name + "'");
        }
    }

    /** The input as a dataset of units; a folder is searched to any depth for the files of this format. */
    Dataset<Row> load(SparkSession spark, String path) {
        DataFrameReader reader = spark.read();
        if (folderFiles != null && isFolder(spark, path)) {
            reader = reader.option("recursiveFileLookup", "true").option("pathGlobFilter", folderFiles);
        }
        return units(reader, path);
    }

    abstract Dataset<Row> units(DataFrameReader reader, String path);

    /** The articles in one unit, and the problems that kept any from being read. */
    abstract void read(Row unit, Consumer<Article> articles, Consumer<ReadProblem> problems);

    private static boolean isFolder(SparkSession spark, String name) {
        Path path = new Path(name);
        try {
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.getFileStatus(path).isDirectory();
        } catch (FileNotFoundException e) {
            return false; // a glob, or nothing: Spark expands the one and reports the other
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at the input " + name + ": " + e.getMessage(), e);
        }
    }
}
