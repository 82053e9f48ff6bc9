package nl.binnenhof.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import nl.binnenhof.store.DataDirectory;
import nl.binnenhof.store.IngestOptions;
import nl.binnenhof.store.IngestProgress;
import nl.binnenhof.store.IngestSummary;
import nl.binnenhof.store.StoreWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code binnenhof ingest}: analyse articles and store them with everything extracted. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyses articles and stores them, with everything extracted, in the store of the data "
                + "directory (created when missing).",
                "Idempotent and incremental: an article already stored with the same content is passed over, a "
                        + "changed one (same id) replaced. Crash-safe: the store commits every ten seconds; after a "
                        + "crash or kill it opens as of the last commit, and running the same ingest again "
                        + "completes the job.",
                "Reads what 'analyze' reads: .txt, .jsonl, .html, folders, and '-' for standard input. The "
                        + "output folder of a Spark run with --jsonl (binnenhof-spark) is loaded as it is: its "
                        + "analyses are stored without analysing the texts again."},
        footer = {"", "Exit status: 0 all stored, 1 failure, 2 bad command line, 3 some input skipped or not "
                + "analysed (see the messages on standard error)."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--threads", description = "Threads that analyse and index (default: the number of cores).")
    Integer threads;

    @Option(names = "--commit-every", paramLabel = "N",
            description = "Commit after this many articles at most (default: ${DEFAULT-VALUE}); a commit also "
                    + "happens every 10 seconds. A crash loses at most what was not committed.",
            defaultValue = "20000")
    int commitEvery;

    @Option(names = {"-q", "--quiet"}, description = "No progress display; problems and the summary are still printed.")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read, Spark output folders; "
            + "'-' for standard input.")
    List<String> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        DataDirectory directory = data.directory();
        err.println("binnenhof: store in " + directory);
        err.flush();
        IngestOptions options = IngestOptions.defaults().withCommitEvery(Math.max(1, commitEvery));
        if (threads != null) {
            options = options.withThreads(Math.max(1, threads));
        }
        ProgressBar bar = new ProgressBar(err, ProgressBar.Mode.choose(quiet), InputSize.estimate(paths));
        IngestSummary summary;
        try (StoreWriter writer = StoreWriter.open(directory)) {
            summary = writer.ingest(paths, options, bar);
        } finally {
            bar.finish();
        }
        report(spec.commandLine().getOut(), "ingest", summary);
        if (summary.counts().read() == 0 && summary.skippedInputs() == 0) {
            err.println("binnenhof: no articles found in " + String.join(", ", paths)
                    + " (supported: .txt, .jsonl, .json, .html, folders, '-')");
            return ExitCodes.FAILED;
        }
        return summary.complete() ? ExitCodes.OK : ExitCodes.SKIPPED_INPUT;
    }

    /** The closing summary of an ingest or reindex. */
    static void report(PrintWriter out, String what, IngestSummary summary) {
        IngestProgress c = summary.counts();
        out.printf(Locale.ROOT, "%s: %,d read: %,d added, %,d updated, %,d unchanged, %,d failed; "
                        + "%,d input(s) skipped%n", what, c.read(), c.added(), c.updated(), c.unchanged(), c.failed(),
                summary.skippedInputs());
        out.printf(Locale.ROOT, "%s: %.1f s, %,.0f articles/s stored; %,d articles in the store%n",
                what, c.seconds(), c.rate(), summary.storedArticles());
        out.flush();
    }
}
