package nl.binnenhof.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import nl.binnenhof.query.Archive;
import nl.binnenhof.query.DateRange;
import nl.binnenhof.query.Network;
import nl.binnenhof.query.NetworkQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code binnenhof network}: who is named with whom. */
@Command(name = "network", mixinStandardHelpOptions = true,
        description = {"The co-occurrence network of actors: persons and parties as nodes, an edge for two named "
                + "in the same article (or the same sentence), weighted by the articles where that happens.",
                "CSV and JSON Lines export the edges (source, target, weight)."},
        footer = {"", "Examples:", "  binnenhof network --scope sentence --min-weight 2",
                "  binnenhof network --actor Rutte --from 2023 --format csv > rutte-edges.csv"})
final class NetworkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    OutputOptions output;

    @Option(names = "--scope", defaultValue = "article",
            description = "Together in one ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    NetworkQuery.Scope scope;

    @Option(names = "--actor", description = "Only articles naming this actor: their ego network.")
    String actor;

    @Option(names = "--from", paramLabel = "DATE", description = "From this date on: YYYY, YYYY-MM or YYYY-MM-DD.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Up to this date, included.")
    String to;

    @Option(names = "--min-weight", defaultValue = "1", description = "Leave out rarer pairs (default: ${DEFAULT-VALUE}).")
    int minWeight;

    @Option(names = "--nodes", defaultValue = "40", description = "Most actors shown (default: ${DEFAULT-VALUE}).")
    int nodes;

    @Option(names = "--persons-only", description = "Leave parties out.")
    boolean personsOnly;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Only articles matching this query.")
    java.util.List<String> words;

    @Override
    public Integer call() throws IOException {
        NetworkQuery query = new NetworkQuery(scope, actor, words == null ? null : String.join(" ", words),
                DateRange.parse(from, to), minWeight, nodes, !personsOnly);
        try (Archive archive = data.openArchive()) {
            Network network = archive.network(query);
            output.write(spec.commandLine().getOut(), network, out -> readable(out, network));
        }
        return ExitCodes.OK;
    }

    private static void readable(PrintWriter out, Network n) {
        out.printf(Locale.ROOT, "%,d actors and %,d pairs, together in one %s, from %,d articles%n%n",
                n.nodes().size(), n.edges().size(), n.scope(), n.articles());
        out.println("Actors (articles)");
        n.nodes().forEach(node -> out.printf(Locale.ROOT, "  %-32s %-8s %,7d%n", node.name(), node.type(),
                node.articles()));
        out.println();
        out.println("Pairs (articles together)");
        n.edges().forEach(e -> out.printf(Locale.ROOT, "  %-32s %-32s %,7d%n", e.source(), e.target(), e.weight()));
    }
}
