package nl.binnenhof.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

import nl.binnenhof.query.Archive;
import nl.binnenhof.query.DateRange;
import nl.binnenhof.query.Page;
import nl.binnenhof.query.QuoteHit;
import nl.binnenhof.query.QuoteQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code binnenhof quotes}: who said what, when, with the source. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Quotes from the stored articles, newest first, each with its speaker, cue, article and "
                + "source sentence; filtered by speaker, party, date range and the words quoted."},
        footer = {"", "Examples:", "  binnenhof quotes --speaker Rutte --from 2023-07 --to 2023-07 gezinshereniging",
                "  binnenhof quotes --party CDA --format csv --limit 1000 > cda.csv"})
final class QuotesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    OutputOptions output;

    @Option(names = {"-s", "--speaker"}, description = "Who said it: a name or surname.")
    String speaker;

    @Option(names = {"-p", "--party"}, description = "The speaker's party.")
    String party;

    @Option(names = "--kind", description = "direct, mixed or indirect.")
    String kind;

    @Option(names = "--from", paramLabel = "DATE", description = "From this date on: YYYY, YYYY-MM or YYYY-MM-DD.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Up to this date, included.")
    String to;

    @Parameters(arity = "0..*", paramLabel = "TEXT", description = "A query over the quoted words (search syntax).")
    List<String> words;

    @Override
    public Integer call() throws IOException {
        QuoteQuery query = new QuoteQuery(speaker, party, words == null ? null : String.join(" ", words), kind,
                DateRange.parse(from, to));
        try (Archive archive = data.openArchive()) {
            Names.explain(spec.commandLine().getErr(), archive, "speaker", speaker);
            Page<QuoteHit> page = archive.quotes(query, output.paging());
            output.write(spec.commandLine().getOut(), page, out -> {
                Readable.pageHeader(out, page, "quotes");
                page.items().forEach(q -> Readable.quote(out, q));
            });
        }
        return ExitCodes.OK;
    }
}
