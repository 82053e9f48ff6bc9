package nl.binnenhof.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The command line, without starting Spark. */
class JobOptionsTest {

    @Test
    void readsEveryOption() throws UsageException {
        assertEquals(new JobOptions("in", InputFormat.PARQUET, "out", true, "json", true), JobOptions.parse(
                "--format", "Parquet", "--input", "in", "--output", "out", "--jsonl", "--tables", "json",
                "--overwrite"));
        assertEquals(new JobOptions("in", InputFormat.JSONL, "out", false, "parquet", false),
                JobOptions.parse("--input", "in", "--format", "jsonl", "--output", "out"));
        assertNull(JobOptions.parse("--input", "in", "--help"));
    }

    @Test
    void saysWhatIsWrong() {
        assertMessage("--input, --format and --output are required", "--input", "in", "--format", "jsonl");
        assertMessage("--format must be jsonl, text or parquet, not 'csv'", "--input", "i", "--format", "csv",
                "--output", "o");
        assertMessage("--output needs a value", "--input", "i", "--format", "text", "--output");
        assertMessage("--input needs a value", "--input", "--format", "text", "--output", "o");
        assertMessage("unknown argument '--master'", "--master", "local");
        assertMessage("--tables must be parquet or json, not 'csv'", "--input", "i", "--format", "text",
                "--output", "o", "--tables", "csv");
    }

    @Test
    void aWrongCommandLineExitsWithTwoAndTheUsageBeforeSparkStarts() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SparkJob.run(new String[] {"--input", "x"}, System.out, new PrintStream(err, true,
                StandardCharsets.UTF_8));
        assertEquals(2, code);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("binnenhof-spark: --input, --format and --output are required"), message);
        assertTrue(message.contains("Usage: spark-submit"), message);
    }

    private static void assertMessage(String expected, String... args) {
        assertEquals(expected, assertThrows(UsageException.class, () -> JobOptions.parse(args)).getMessage());
    }
}
