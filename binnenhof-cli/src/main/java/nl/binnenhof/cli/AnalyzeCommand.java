package nl.binnenhof.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import nl.binnenhof.analysis.AnalysisJson;
import nl.binnenhof.analysis.Analyzer;
import nl.binnenhof.analysis.ArticleAnalysis;
import nl.binnenhof.read.ArticleReaders;
import nl.binnenhof.read.ReadSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code binnenhof analyze}: persons, parties and attributed quotes of each article. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyses articles: persons (with party and roles), parties, organisations, and quotes "
                + "with their speakers.",
                "Reads plain text (.txt, optionally starting with ' date YYYY-MM'), JSON Lines (.jsonl: id, text, "
                        + "date, title, source), HTML pages (.html), whole folders, and '-' for standard input."},
        footer = {"", "Exit status: 0 all read, 1 failure, 2 bad command line, 3 some input skipped "
                + "(see the messages on standard error)."})
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { text, jsonl }

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). jsonl writes one "
                    + "JSON object per article in the contract of shared/corpus/gold/SCHEMA.md, with offsets.")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read; '-' for standard input.")
    List<String> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Analyzer analyzer = Analyzer.create();
        ReadSummary summary = ArticleReaders.read(paths, article -> {
            ArticleAnalysis analysis = analyzer.analyze(article);
            if (format == Format.jsonl) {
                out.println(AnalysisJson.toJson(analysis));
            } else {
                out.print(Summaries.readable(analysis));
            }
            out.flush();
        }, problem -> err.println("binnenhof: " + problem));
        err.flush();
        if (summary.articles() == 0 && summary.skipped() == 0) {
            err.println("binnenhof: no articles found in " + String.join(", ", paths)
                    + " (supported: .txt, .jsonl, .json, .html, folders, '-')");
            return ExitCodes.FAILED;
        }
        if (!summary.complete()) {
            err.println("binnenhof: analysed " + summary.articles() + " article(s); skipped " + summary.skipped()
                    + " input(s), see above");
            return ExitCodes.SKIPPED_INPUT;
        }
        return ExitCodes.OK;
    }
}
