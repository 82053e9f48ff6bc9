package nl.binnenhof.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import nl.binnenhof.query.Archive;
import nl.binnenhof.query.DateRange;
import nl.binnenhof.query.Timeline;
import nl.binnenhof.query.TimelineQuery;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code binnenhof timeline}: mentions and quotes over time. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Articles, mentions and quotes per day, week or month, for an actor, a party or a query.",
                "For an actor: the articles naming them, the times named, their quotes. For a party: the same for "
                        + "the party's name, and the quotes of its people. For a query: the articles that match, "
                        + "and the quotes whose words match."},
        footer = {"", "Examples:", "  binnenhof timeline --actor Rutte --by month",
                "  binnenhof timeline --query migratie --by week --from 2023 --format csv"})
final class TimelineCommand implements Callable<Integer> {
    private static final int BAR = 40;

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    OutputOptions output;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Subject subject;

    static final class Subject {
        @Option(names = "--actor", description = "A person or organisation (a name or surname).")
        String actor;

        @Option(names = "--party", description = "A party.")
        String party;

        @Option(names = "--query", description = "A full-text query (search syntax).")
        String query;
    }

    @Option(names = "--by", defaultValue = "month",
            description = "Bucket size: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TimelineQuery.Granularity by;

    @Option(names = "--from", paramLabel = "DATE", description = "From this date on: YYYY, YYYY-MM or YYYY-MM-DD.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Up to this date, included.")
    String to;

    @Override
    public Integer call() throws IOException {
        TimelineQuery query = subject.actor != null
                ? new TimelineQuery(TimelineQuery.Subject.ACTOR, subject.actor, by, DateRange.parse(from, to))
                : subject.party != null
                        ? new TimelineQuery(TimelineQuery.Subject.PARTY, subject.party, by, DateRange.parse(from, to))
                        : new TimelineQuery(TimelineQuery.Subject.QUERY, subject.query, by, DateRange.parse(from, to));
        try (Archive archive = data.openArchive()) {
            Timeline timeline = archive.timeline(query);
            output.write(spec.commandLine().getOut(), timeline, out -> readable(out, timeline));
        }
        return ExitCodes.OK;
    }

    private static void readable(PrintWriter out, Timeline t) {
        out.printf(Locale.ROOT, "%s %s, by %s%s%n%n", t.subject(), t.name(), t.by(),
                t.undated() > 0 ? String.format(Locale.ROOT, " (%,d undated left out)", t.undated()) : "");
        List<Timeline.Bucket> buckets = t.buckets();
        long max = buckets.stream().mapToLong(Timeline.Bucket::articles).max().orElse(1);
        out.printf("%-10s %9s %9s %7s%n", "start", "articles", "mentions", "quotes");
        for (Timeline.Bucket b : buckets) {
            int bar = (int) Math.round(BAR * b.articles() / (double) Math.max(1, max));
            out.printf(Locale.ROOT, "%-10s %,9d %,9d %,7d  %s%n", b.start(), b.articles(), b.mentions(), b.quotes(),
                    "█".repeat(bar));
        }
    }
}
