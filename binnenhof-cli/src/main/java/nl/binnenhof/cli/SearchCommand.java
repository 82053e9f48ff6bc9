package nl.binnenhof.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

import nl.binnenhof.query.Archive;
import nl.binnenhof.query.ArticleHit;
import nl.binnenhof.query.ArticleQuery;
import nl.binnenhof.query.DateRange;
import nl.binnenhof.query.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code binnenhof search}: full-text search of the stored articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search of the stored articles with Dutch stemming ('onderhandeling' finds "
                + "'onderhandelingen').",
                "All words are required; \"a phrase\" matches in that order; AND, OR, NOT (in capitals), +word, "
                        + "-word and (groups) combine; prefix* matches word starts; title:, person:, party: and "
                        + "organisation: search those fields (person:\"Mark Rutte\")."},
        footer = {"", "Examples:", "  binnenhof search 'kabinet gevallen'",
                "  binnenhof search '\"gezinshereniging\" AND (VVD OR CDA)' --from 2023-06 --to 2023-07",
                "  binnenhof search --person Rutte --format csv --limit 1000 > rutte.csv"})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    OutputOptions output;

    @Option(names = "--person", description = "Only articles naming this person (a name or surname).")
    String person;

    @Option(names = "--party", description = "Only articles naming this party.")
    String party;

    @Option(names = "--from", paramLabel = "DATE", description = "From this date on: YYYY, YYYY-MM or YYYY-MM-DD.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Up to this date, included.")
    String to;

    @Option(names = "--sort",
            description = "${COMPLETION-CANDIDATES} (default: relevance; newest without a query).")
    ArticleQuery.Order sort;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query; words may be given as several arguments.")
    List<String> words;

    @Override
    public Integer call() throws IOException {
        String text = words == null ? null : String.join(" ", words);
        ArticleQuery query = new ArticleQuery(text, person, party, DateRange.parse(from, to), sort);
        try (Archive archive = data.openArchive()) {
            Page<ArticleHit> page = archive.search(query, output.paging());
            output.write(spec.commandLine().getOut(), page, out -> {
                Readable.pageHeader(out, page, "articles match");
                page.items().forEach(hit -> Readable.article(out, hit));
            });
        }
        return ExitCodes.OK;
    }
}
