package nl.binnenhof.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import nl.binnenhof.query.ActorProfile;
import nl.binnenhof.query.ActorSummary;
import nl.binnenhof.query.Archive;
import nl.binnenhof.query.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code binnenhof actors}: the actors in the record, or one actor's profile. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = {"Without a name: the persons, parties and organisations in the store, most named first.",
                "With a name: that actor's profile: canonical name, party and roles over time, articles, mentions "
                        + "and quotes, the actors most often named with them, and their newest articles."},
        footer = {"", "Examples:", "  binnenhof actors --type person --limit 50", "  binnenhof actors Rutte"})
final class ActorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    OutputOptions output;

    @Option(names = "--type", description = "person, party or organisation.")
    String type;

    @Option(names = "--match", description = "Only names containing this (any case).")
    String match;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "An actor's name or surname, for their profile.")
    String name;

    @Override
    public Integer call() throws IOException {
        try (Archive archive = data.openArchive()) {
            PrintWriter out = spec.commandLine().getOut();
            if (name == null) {
                Page<ActorSummary> page = archive.actors(match, type == null ? null : type.toLowerCase(Locale.ROOT),
                        output.paging());
                output.write(out, page, w -> {
                    Readable.pageHeader(w, page, "actors");
                    Readable.actorTable(w, page.items());
                });
                return ExitCodes.OK;
            }
            Optional<ActorProfile> profile = archive.actor(name);
            if (profile.isEmpty()) {
                spec.commandLine().getErr().println("binnenhof: no actor named \"" + name + "\" in the store");
                return ExitCodes.FAILED;
            }
            output.writeOne(out, profile.get(), w -> profile(w, profile.get()));
        }
        return ExitCodes.OK;
    }

    private static void profile(PrintWriter out, ActorProfile p) {
        ActorSummary a = p.actor();
        out.printf(Locale.ROOT, "%s  (%s%s)%n", a.name(), a.type(), a.party() == null ? "" : ", " + a.party());
        out.printf(Locale.ROOT, "%,d articles, %,d mentions, %,d quotes%n%n", a.articles(), a.mentions(), a.quotes());
        Readable.periods(out, "Parties over time", p.parties());
        Readable.periods(out, "Roles", p.roles());
        Readable.counts(out, "Most often named with (articles)", p.coMentioned());
        Readable.newestArticles(out, p.articles());
    }
}
