package nl.binnenhof.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import nl.binnenhof.parliament.Basis;
import nl.binnenhof.parliament.CabinetInOffice;
import nl.binnenhof.parliament.CoalitionCalculator;
import nl.binnenhof.parliament.CoalitionReport;
import nl.binnenhof.parliament.Parliament;
import nl.binnenhof.parliament.QueryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code binnenhof coalition}: a set of parties counted in both chambers on a day, and what it lacks. */
@Command(name = "coalition", mixinStandardHelpOptions = true,
        description = {"Counts the seats of a set of parties in the Tweede Kamer (majority 76 of 150) and the "
                + "Eerste Kamer (38 of 75) on a day, shows the cabinet in office then, and lists the smallest sets "
                + "of parties to add for a majority in both chambers (fewest parties; then fewest added seats).",
                "Seats are zetels na de verkiezingen: the results of the elections whose chambers sit on that day "
                        + "(a chamber counts from its installation, some days after the election). Members who left "
                        + "their fractie later still count for it, unless --fracties is given.",
                "Party names as the news writes them: VVD, CU, GL-PvdA, GroenLinks, 'Partij voor de Dieren', ... "
                        + "GroenLinks and PvdA count as one party (GL-PvdA) from 2023-06-13, when they sit as one "
                        + "fractie in the Eerste Kamer."},
        footer = {"", "Examples:",
                "  binnenhof coalition VVD PvdA --on 2013-10-01",
                "  binnenhof coalition VVD PvdA D66 CU SGP --on 2013-10-01",
                "  binnenhof coalition --cabinet --on 2019-06-11 --without FvD",
                "  binnenhof coalition D66 VVD CDA --format json",
                "  binnenhof coalition VVD CDA D66 CU --on 2019-10-01 --fracties",
                "", "Exit status: 0 answered, 2 bad command line (unknown party, day outside 2010-01-01..today)."})
final class CoalitionCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PARTY", description = "The parties of the coalition.")
    List<String> parties = new ArrayList<>();

    @Option(names = "--on", paramLabel = "DATE", description = "The day, YYYY-MM-DD (default: today).")
    String on;

    @Option(names = "--cabinet", description = "Also count the parties of the cabinet in office on the day.")
    boolean cabinet;

    @Option(names = "--without", split = ",", paramLabel = "PARTY",
            description = "Parties not to propose as additions (repeat or separate with commas).")
    List<String> without = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + CoalitionCalculator.DEFAULT_LIMIT,
            description = "How many of the tied smallest additions to list (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--members", description = "List the members of the cabinet in office (text format).")
    boolean members;

    @Option(names = "--fracties", description = {"Count the fracties as they sat on the day: the election results "
            + "plus the recorded seat changes (splits such as Groep Markuszower; Tweede Kamer only, see "
            + "seat-changes.tsv) instead of the election results."})
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
            if (limit < 1) {
                throw new UsageError("--limit must be 1 or more");
            }
            LocalDate day = ParliamentArgs.day(on, parliament);
            List<String> keys = ParliamentArgs.partyKeys(parties, parliament);
            if (cabinet) {
                CabinetInOffice inOffice = parliament.cabinet(day)
                        .orElseThrow(() -> new UsageError("no cabinet known on " + day));
                inOffice.parties().stream().filter(p -> !keys.contains(p)).forEach(keys::add);
            }
            if (keys.isEmpty()) {
                throw new UsageError("no parties given: name the parties of the coalition (e.g. "
                        + "'binnenhof coalition VVD PvdA --on 2013-10-01'), or use --cabinet");
            }
            List<String> excluded = ParliamentArgs.partyKeys(without, parliament);
            CoalitionReport report = new CoalitionCalculator(parliament).evaluate(keys, day, excluded, limit,
                    fracties ? Basis.FRACTIES : Basis.ELECTION_RESULTS);
            out.print(format == Format.json ? ParliamentJson.coalition(report) + "\n"
                    : ParliamentText.coalition(report, members));
            out.flush();
            return ExitCodes.OK;
        } catch (QueryException | UsageError e) {
            err.println("binnenhof coalition: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
    }
}
