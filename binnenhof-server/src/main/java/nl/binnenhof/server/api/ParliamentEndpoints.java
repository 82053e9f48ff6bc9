package nl.binnenhof.server.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import nl.binnenhof.parliament.Basis;
import nl.binnenhof.parliament.CabinetInOffice;
import nl.binnenhof.parliament.Chamber;
import nl.binnenhof.parliament.CoalitionCalculator;
import nl.binnenhof.parliament.CoalitionReport;
import nl.binnenhof.parliament.Parliament;

/** The seats in both chambers on a day, and the coalition calculator. */
final class ParliamentEndpoints {
    static final String TAG = "Parliament";
    /** Dutch politics happens in Amsterdam time; "today" must not change at midnight UTC. */
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final Param ON = Param.day("on", "The day, YYYY-MM-DD, from 2010-01-01 to today (default: today).")
            .example("2023-07-01");
    private static final Param FRACTIES = Param.flag("fracties", "Count the fracties as they sat on the day (the "
            + "election results with the recorded seat changes) instead of the election results.");

    private ParliamentEndpoints() {
    }

    static List<Endpoint> all(Parliament parliament) {
        Endpoint seats = new Endpoint("/api/parliament/seats", TAG, "Seats on a day",
                "The seats per fractie in the Tweede Kamer (150) and the Eerste Kamer (75) on a day (each chamber "
                        + "counts from its installation), and the cabinet in office then.",
                List.of(ON, Param.choice("chamber", List.of("tk", "ek"), null, "Only this chamber."), FRACTIES),
                ParliamentViews.Seats.class, List.of(),
                p -> seats(parliament, day(parliament, p), p.choice("chamber"), basis(p)));
        Endpoint coalition = new Endpoint("/api/parliament/coalition", TAG, "Coalition calculator",
                "Counts a set of parties in both chambers on a day (majority 76 of 150 and 38 of 75), shows the "
                        + "cabinet in office, and lists the smallest sets of parties to add for a majority in both "
                        + "(fewest parties, then fewest added seats).",
                List.of(Param.list("parties", 20, 60, "The coalition's parties, comma-separated, as the news writes "
                                + "them (VVD, CU, GL-PvdA, 'Partij voor de Dieren').").example("VVD,D66,CDA,CU"), ON,
                        Param.flag("cabinet", "Also count the parties of the cabinet in office on the day."),
                        Param.list("without", 20, 60, "Parties never to propose as additions, comma-separated."),
                        Param.integer("limit", 1, 50, CoalitionCalculator.DEFAULT_LIMIT,
                                "How many of the tied smallest additions to list."),
                        FRACTIES),
                ParliamentViews.Coalition.class, List.of(),
                p -> coalition(parliament, p));
        return List.of(seats, coalition);
    }

    private static ParliamentViews.Seats seats(Parliament parliament, LocalDate day, String chamber, Basis basis) {
        List<ParliamentViews.ChamberSeats> chambers = new ArrayList<>();
        for (Chamber c : Chamber.values()) {
            if (chamber == null || c.name().equalsIgnoreCase(chamber)) {
                String pending = parliament.elected(c, day).map(next -> "elected on " + next.election()
                        + ", installed on " + next.installed()).orElse(null);
                chambers.add(ParliamentViews.ChamberSeats.of(parliament.composition(c, day, basis), pending));
            }
        }
        return new ParliamentViews.Seats(day.toString(), basis == Basis.FRACTIES
                ? "fracties (election results with recorded seat changes)" : "zetels na de verkiezingen", chambers,
                ParliamentViews.Cabinet.of(parliament.cabinet(day).orElse(null)));
    }

    private static ParliamentViews.Coalition coalition(Parliament parliament, Params p) {
        LocalDate day = day(parliament, p);
        List<String> keys = keys(parliament, p.list("parties"));
        if (p.flag("cabinet")) {
            CabinetInOffice inOffice = parliament.cabinet(day)
                    .orElseThrow(() -> ApiError.badRequest("no cabinet known on " + day));
            inOffice.parties().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        }
        if (keys.isEmpty()) {
            throw ApiError.badRequest("name the coalition's parties, e.g. parties=VVD,PvdA&on=2013-10-01, or give "
                    + "cabinet=true");
        }
        CoalitionReport report = new CoalitionCalculator(parliament).evaluate(keys, day,
                keys(parliament, p.list("without")), p.integer("limit"), basis(p));
        return ParliamentViews.Coalition.of(report);
    }

    private static LocalDate day(Parliament parliament, Params p) {
        LocalDate today = LocalDate.now(NL);
        LocalDate day = p.day("on") == null ? today : p.day("on");
        parliament.checkCovered(day, today);
        return day;
    }

    private static List<String> keys(Parliament parliament, List<String> names) {
        List<String> keys = new ArrayList<>();
        for (String name : names) {
            String key = parliament.partyNames().key(name);
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static Basis basis(Params p) {
        return p.flag("fracties") ? Basis.FRACTIES : Basis.ELECTION_RESULTS;
    }
}
