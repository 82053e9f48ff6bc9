package nl.binnenhof.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import nl.binnenhof.store.DataDirectory;
import nl.binnenhof.store.IngestOptions;
import nl.binnenhof.store.IngestSummary;
import nl.binnenhof.store.StoreWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code binnenhof reindex}: analyse every stored article again. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Analyses every stored article again from its stored text and replaces what was extracted "
                + "before: run it after the analysis has improved. The sources are not read again. Safe to "
                + "interrupt: each article is replaced whole, and a rerun redoes the job."})
final class ReindexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--threads", description = "Threads that analyse and index (default: the number of cores).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress display; problems and the summary are still printed.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        DataDirectory directory = data.directory();
        if (!directory.hasStore()) {
            err.println("binnenhof: no store in " + directory + "; create one with: binnenhof ingest --data "
                    + directory + " PATH...");
            return ExitCodes.FAILED;
        }
        err.println("binnenhof: store in " + directory);
        IngestOptions options = IngestOptions.defaults();
        if (threads != null) {
            options = options.withThreads(Math.max(1, threads));
        }
        IngestSummary summary;
        try (StoreWriter writer = StoreWriter.open(directory)) {
            ProgressBar bar = new ProgressBar(err, ProgressBar.Mode.choose(quiet), writer.articles());
            try {
                summary = writer.reindex(options, bar);
            } finally {
                bar.finish();
            }
        }
        IngestCommand.report(spec.commandLine().getOut(), "reindex", summary);
        return summary.complete() ? ExitCodes.OK : ExitCodes.SKIPPED_INPUT;
    }
}
