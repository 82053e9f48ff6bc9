package nl.binnenhof.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import nl.binnenhof.query.Archive;
import nl.binnenhof.query.StoreStats;
import nl.binnenhof.store.StoreCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code binnenhof status}: what the store holds, and whether it is consistent. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"What the store holds: articles, quotes, mentions, actors, dates, size on disk. With "
                + "--check, also checks that every article is stored once with all its quotes and mentions."})
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--check", description = "Check the store's consistency too.")
    boolean check;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (Archive archive = data.openArchive()) {
            StoreStats s = archive.stats();
            out.printf(Locale.ROOT, "store:         %s%n", s.dataDirectory());
            out.printf(Locale.ROOT, "articles:      %,d (%s to %s)%n", s.articles(), Readable.orDash(s.firstDate()),
                    Readable.orDash(s.lastDate()));
            out.printf(Locale.ROOT, "quotes:        %,d%n", s.quotes());
            out.printf(Locale.ROOT, "mentions:      %,d (of %,d persons, %,d parties, %,d organisations)%n",
                    s.mentions(), s.persons(), s.parties(), s.organisations());
            out.printf(Locale.ROOT, "size:          %,.1f MB%s%n", s.bytes() / 1e6,
                    s.articles() > 0 ? String.format(Locale.ROOT, " (%,.1f kB per article)",
                            s.bytes() / 1e3 / s.articles()) : "");
            if (check) {
                StoreCheck.Report report = archive.check();
                out.println("consistency:   " + (report.consistent() ? "ok" : "PROBLEMS"));
                report.problems().forEach(p -> out.println("  " + p));
                out.flush();
                return report.consistent() ? ExitCodes.OK : ExitCodes.FAILED;
            }
        }
        return ExitCodes.OK;
    }
}
