package nl.binnenhof.spark;

import java.io.PrintStream;
import java.util.Locale;

import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;

import nl.binnenhof.read.ReadProblem;

/**
 * The main class for {@code spark-submit}: the Binnenhof analysis over a corpus, written as tables. See
 * {@link JobOptions#USAGE} and the module README.
 *
 * <p>Exit codes: 0 when the tables were written (input problems are listed in the problems table and do not fail
 * the run, as one bad record among millions should not), 1 when the job failed, 2 for a wrong command line.
 */
public final class SparkJob {

    private SparkJob() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (UsageException e) {
            err.println("binnenhof-spark: " + e.getMessage());
            err.print(JobOptions.USAGE);
            return 2;
        }
        if (options == null) {
            out.print(JobOptions.USAGE);
            return 0;
        }
        SparkSession spark = SparkSession.builder().appName("binnenhof " + options.input()).getOrCreate();
        try {
            long start = System.nanoTime();
            JobSummary summary = AnalysisJob.run(spark, options);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "binnenhof-spark: %d articles analysed, %d problems, in %.1f s (%.0f articles/s); "
                    + "tables in %s%n", summary.articles(), summary.problems(), seconds,
                    summary.articles() / seconds, options.output());
            for (ReadProblem problem : summary.firstProblems()) {
                err.println("binnenhof-spark: " + problem);
            }
            if (summary.problems() > summary.firstProblems().size()) {
                err.println("binnenhof-spark: ... all problems are in " + options.output() + "/problems");
            }
            return 0;
        } catch (Exception e) { // Spark's AnalysisException is checked but undeclared, hence Exception
            if (e instanceof IllegalArgumentException || e instanceof AnalysisException) {
                err.println("binnenhof-spark: " + e.getMessage()); // a wrong input or output: said plainly
            } else {
                err.println("binnenhof-spark: the job failed: " + e);
                e.printStackTrace(err);
            }
            return 1;
        } finally {
            spark.stop();
        }
    }
}
