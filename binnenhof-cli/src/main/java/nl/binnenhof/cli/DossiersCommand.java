package nl.binnenhof.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.binnenhof.analysis.Analyzer;
import nl.binnenhof.events.dossiers.ArticleDigest;
import nl.binnenhof.events.dossiers.Dossier;
import nl.binnenhof.events.dossiers.DossierBuilder;
import nl.binnenhof.events.dossiers.DossierJson;
import nl.binnenhof.read.ArticleReaders;
import nl.binnenhof.read.ReadSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code binnenhof dossiers}: articles grouped into negotiation dossiers, each with its timeline. */
@Command(name = "dossiers", mixinStandardHelpOptions = true,
        description = {"Groups articles into dossiers (same policy topic, close in time, actors in common) and "
                + "prints each with its timeline of negotiation events and their evidence.",
                "Reads the same input as 'analyze'."},
        footer = {"", "Exit status: 0 all read, 1 failure, 2 bad command line, 3 some input skipped."})
final class DossiersCommand implements Callable<Integer> {
    enum Format { text, jsonl }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); jsonl writes one "
                    + "JSON object per dossier.")
    Format format;

    @Option(names = "--min-articles", defaultValue = "1",
            description = "Show only dossiers of at least this many articles (default: ${DEFAULT-VALUE}).")
    int minArticles;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read; '-' for standard input.")
    List<String> paths;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Analyzer analyzer = Analyzer.create();
        List<ArticleDigest> digests = new ArrayList<>();
        ReadSummary summary = ArticleReaders.read(paths,
                article -> digests.add(analyzer.analyze(article).dossierDigest()),
                problem -> err.println("binnenhof: " + problem));
        if (digests.isEmpty()) {
            err.println("binnenhof: no articles found in " + String.join(", ", paths));
            return ExitCodes.FAILED;
        }
        for (Dossier d : DossierBuilder.group(digests)) {
            if (d.articles().size() < minArticles) {
                continue;
            }
            if (format == Format.jsonl) {
                out.println(MAPPER.writeValueAsString(DossierJson.toMap(d)));
            } else {
                out.print(DossierText.readable(d));
            }
        }
        out.flush();
        return summary.complete() ? ExitCodes.OK : ExitCodes.SKIPPED_INPUT;
    }
}
