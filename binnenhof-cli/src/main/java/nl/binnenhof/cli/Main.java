package nl.binnenhof.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code binnenhof} command and its subcommands. */
@Command(name = "binnenhof", mixinStandardHelpOptions = true, version = "binnenhof 0.1.0",
        description = {"Reads Dutch political news and keeps a structured, sourced record of it:",
                "who said what, which persons and parties act, with evidence offsets into every article."},
        subcommands = {AnalyzeCommand.class, DossiersCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  binnenhof analyze samples/                 readable summary of each article",
                "  binnenhof analyze --format jsonl a.jsonl   one JSON object per article",
                "  binnenhof eval --gold gold.jsonl --misses  precision, recall and F1 against gold"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
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
