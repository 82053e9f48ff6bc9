package nl.binnenhof.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import nl.binnenhof.parliament.Basis;
import nl.binnenhof.parliament.CabinetInOffice;
import nl.binnenhof.parliament.Chamber;
import nl.binnenhof.parliament.CoalitionCalculator;
import nl.binnenhof.parliament.CoalitionReport;
import nl.binnenhof.parliament.Composition;
import nl.binnenhof.parliament.Parliament;
import nl.binnenhof.parliament.QueryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code binnenhof seats}: the composition of the chambers on a day. */
@Command(name = "seats", mixinStandardHelpOptions = true,
        description = {"Lists the seats per fractie in the Tweede Kamer and the Eerste Kamer on a day, as elected "
                + "(zetels na de verkiezingen; a chamber counts from its installation), and the cabinet in office "
                + "with its seats in both chambers."},
        footer = {"", "Examples:",
                "  binnenhof seats",
                "  binnenhof seats --on 2019-06-11 --chamber EK --sources",
                "  binnenhof seats --on 2013-10-01 --format json",
                "  binnenhof seats --on 2026-03-01 --chamber TK --fracties"})
final class SeatsCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--on", paramLabel = "DATE", description = "The day, YYYY-MM-DD (default: today).")
    String on;

    @Option(names = "--chamber", paramLabel = "TK|EK", description = "Only this chamber (default: both).")
    String chamber;

    @Option(names = "--sources", description = "Also list the sources of the results and installation days.")
    boolean sources;

    @Option(names = "--fracties", description = {"List the fracties as they sat on the day: the election results plus "
            + "the recorded seat changes (Tweede Kamer only, see seat-changes.tsv)."})
    boolean fracties;

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Parliament parliament = Parliament.bundled();
            List<Chamber> chambers = chamber == null ? List.of(Chamber.values()) : List.of(ParliamentArgs.chamber(chamber));
            LocalDate day = ParliamentArgs.day(on, parliament);
            List<Composition> compositions = new ArrayList<>();
            Map<Chamber, String> pending = new EnumMap<>(Chamber.class);
            for (Chamber c : chambers) {
                compositions.add(parliament.composition(c, day, basis()));
                parliament.elected(c, day).ifPresent(next -> pending.put(c, "elected on " + next.election()
                        + ", installed on " + next.installed()));
            }
            CabinetInOffice cabinet = parliament.cabinet(day).orElse(null);
            if (format == Format.json) {
                out.println(ParliamentJson.seats(compositions, cabinet, day, pending, basis()));
            } else {
                out.print(text(parliament, day, compositions, pending, cabinet));
            }
            out.flush();
            return ExitCodes.OK;
        } catch (QueryException | UsageError e) {
            err.println("binnenhof seats: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
    }

    private Basis basis() {
        return fracties ? Basis.FRACTIES : Basis.ELECTION_RESULTS;
    }

    private String text(Parliament parliament, LocalDate day, List<Composition> compositions,
                        Map<Chamber, String> pending, CabinetInOffice cabinet) {
        StringBuilder s = new StringBuilder("Seats on ").append(day).append("\n\n");
        for (Composition c : compositions) {
            s.append(ParliamentText.composition(c, fracties, sources));
            if (pending.containsKey(c.chamber())) {
                s.append("  (the next ").append(c.chamber().title()).append(" is ").append(pending.get(c.chamber()))
                        .append(")\n");
            }
            s.append('\n');
        }
        s.append(ParliamentText.cabinet(cabinet, false));
        if (cabinet != null) {
            CoalitionReport r = new CoalitionCalculator(parliament).evaluate(cabinet.parties(), day, List.of(), 1,
                    basis());
            s.append("  its parties hold TK ").append(r.tk().seats()).append(r.tk().hasMajority() ? " (majority)" : "")
                    .append(", EK ").append(r.ek().seats()).append(r.ek().hasMajority() ? " (majority)" : "")
                    .append('\n');
        }
        return s.toString();
    }
}
