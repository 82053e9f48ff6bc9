package nl.binnenhof.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import nl.binnenhof.query.Archive;
import nl.binnenhof.query.ArticleQuery;
import nl.binnenhof.query.DateRange;
import nl.binnenhof.query.Exports;
import nl.binnenhof.query.QuoteQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code binnenhof export}: whole results as JSON Lines or CSV, for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports whole results, not a page, oldest first, as JSON Lines or CSV:",
                "  articles  every article with its text and whole analysis (JSON Lines keeps it nested; CSV puts "
                        + "the analysis in a JSON cell)",
                "  quotes    every quote with speaker, party, cue, sentence, offsets and source",
                "  mentions  every actor named in every article: who appears where, with party and roles",
                "Other query commands export their result with --format jsonl|csv."},
        footer = {"", "Examples:", "  binnenhof export quotes --party VVD --format csv --out vvd-quotes.csv",
                "  binnenhof export articles --query 'formatie' > formatie.jsonl",
                "  binnenhof export mentions --type party --format csv > parties.csv"})
final class ExportCommand implements Callable<Integer> {
    enum What { articles, quotes, mentions }

    enum Format { jsonl, csv }

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(index = "0", description = "What to export: ${COMPLETION-CANDIDATES}.")
    What what;

    @Option(names = {"-f", "--format"}, defaultValue = "jsonl", description = "${COMPLETION-CANDIDATES} "
            + "(default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    java.nio.file.Path out;

    @Option(names = "--query", description = "Articles: a full-text query; quotes: a query over the quoted words.")
    String query;

    @Option(names = "--person", description = "Articles naming this person.")
    String person;

    @Option(names = "--speaker", description = "Quotes by this speaker.")
    String speaker;

    @Option(names = "--party", description = "Articles naming this party; quotes by its people.")
    String party;

    @Option(names = "--actor", description = "Mentions of this actor.")
    String actor;

    @Option(names = "--type", description = "Mentions of actors of this type: person, party or organisation.")
    String type;

    @Option(names = "--from", paramLabel = "DATE", description = "From this date on: YYYY, YYYY-MM or YYYY-MM-DD.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Up to this date, included.")
    String to;

    @Override
    public Integer call() throws IOException {
        DateRange dates = DateRange.parse(from, to);
        OutputOptions output = new OutputOptions();
        output.out = out;
        long[] rows = {0};
        try (Archive archive = data.openArchive()) {
            output.write(spec.commandLine().getOut(), w -> rows[0] = export(archive, dates, w));
        }
        spec.commandLine().getErr().printf(Locale.ROOT, "binnenhof: exported %,d %s%n", rows[0], what);
        return ExitCodes.OK;
    }

    private long export(Archive archive, DateRange dates, PrintWriter w) {
        Exports.RowWriter rows = Exports.writer(format == Format.csv ? Exports.Format.CSV : Exports.Format.JSONL, w);
        long n = switch (what) {
            case articles -> archive.exportArticles(new ArticleQuery(query, person, party, dates, null), rows::write);
            case quotes -> archive.exportQuotes(new QuoteQuery(speaker, party, query, null, dates), rows::write);
            case mentions -> archive.exportMentions(actor, type == null ? null : type.toLowerCase(Locale.ROOT), dates,
                    rows::write);
        };
        rows.finish();
        return n;
    }
}
