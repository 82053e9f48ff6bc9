package nl.binnenhof.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import nl.binnenhof.query.ActorSummary;
import nl.binnenhof.query.Archive;
import nl.binnenhof.query.Page;
import nl.binnenhof.query.PartyProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code binnenhof parties}: the parties in the record, or one party's profile. */
@Command(name = "parties", mixinStandardHelpOptions = true,
        description = {"Without a name: the parties in the store, most named first.",
                "With a name: that party's profile: articles, mentions and quotes, its people by articles, who "
                        + "speaks for it, the parties named with it, and its newest articles."},
        footer = {"", "Examples:", "  binnenhof parties", "  binnenhof parties CDA --format jsonl"})
final class PartiesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    OutputOptions output;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "A party, for its profile.")
    String name;

    @Override
    public Integer call() throws IOException {
        try (Archive archive = data.openArchive()) {
            PrintWriter out = spec.commandLine().getOut();
            if (name == null) {
                Page<ActorSummary> page = archive.parties(output.paging());
                output.write(out, page, w -> {
                    Readable.pageHeader(w, page, "parties");
                    Readable.actorTable(w, page.items());
                });
                return ExitCodes.OK;
            }
            Optional<PartyProfile> profile = archive.party(name);
            if (profile.isEmpty()) {
                spec.commandLine().getErr().println("binnenhof: no party named \"" + name + "\" in the store; "
                        + "see: binnenhof parties");
                return ExitCodes.FAILED;
            }
            output.writeOne(out, profile.get(), w -> profile(w, profile.get()));
        }
        return ExitCodes.OK;
    }

    private static void profile(PrintWriter out, PartyProfile p) {
        ActorSummary a = p.party();
        out.println(a.name());
        out.printf(Locale.ROOT, "%,d articles, %,d mentions, %,d quotes by its people%n%n", a.articles(), a.mentions(),
                p.quotes());
        Readable.counts(out, "Its people (articles)", p.members());
        Readable.counts(out, "Who speaks for it (quotes)", p.speakers());
        Readable.counts(out, "Parties named with it (articles)", p.coMentioned());
        Readable.newestArticles(out, p.articles());
    }
}
