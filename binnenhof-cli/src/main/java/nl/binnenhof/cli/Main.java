package nl.binnenhof.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code binnenhof} command and its subcommands. */
@Command(name = "binnenhof", mixinStandardHelpOptions = true, version = "binnenhof 0.1.0",
        description = {"Reads Dutch political news and keeps a structured, sourced record of it:",
                "who said what, which persons and parties act, with evidence offsets into every article."},
        subcommands = {AnalyzeCommand.class, DossiersCommand.class, EvalCommand.class, BenchCommand.class, CoalitionCommand.class,
                SeatsCommand.class, IngestCommand.class, ReindexCommand.class, StatusCommand.class, SearchCommand.class,
                QuotesCommand.class, ActorsCommand.class, PartiesCommand.class, TimelineCommand.class,
                NetworkCommand.class, ExportCommand.class, ArticleCommand.class, StoreBenchCommand.class, ServeCommand.class, ServeBenchCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  binnenhof analyze samples/                 readable summary of each article",
                "  binnenhof analyze --format jsonl a.jsonl   one JSON object per article",
                "  binnenhof eval --gold gold.jsonl --misses  precision, recall and F1 against gold",
                "  binnenhof ingest --data DIR samples/       store articles with everything extracted",
                "  binnenhof search --data DIR 'kabinet'      full-text search; see also quotes, actors,",
                "                                             parties, timeline, network, export, status"})
public final class Main implements Runnable {
    /**
     * Lucene logs at start-up that the incubating vector API is not enabled; that concerns vector search, which
     * the store does not use, so the notice is kept off the user's screen. Held here so it is not collected.
     */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("binnenhof: " + e.getMessage());
            return ExitCodes.FAILED;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
