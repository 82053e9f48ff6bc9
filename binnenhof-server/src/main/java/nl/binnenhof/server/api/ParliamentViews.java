package nl.binnenhof.server.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.binnenhof.parliament.Addition;
import nl.binnenhof.parliament.Additions;
import nl.binnenhof.parliament.CabinetEvent;
import nl.binnenhof.parliament.CabinetInOffice;
import nl.binnenhof.parliament.CabinetPost;
import nl.binnenhof.parliament.Chamber;
import nl.binnenhof.parliament.ChamberCount;
import nl.binnenhof.parliament.CoalitionReport;
import nl.binnenhof.parliament.Composition;
import nl.binnenhof.parliament.Fractie;

/**
 * The parliament model's answers as the API writes them: plain records with dates as YYYY-MM-DD and chambers as
 * TK / EK, the same fields the command line's {@code --format json} gives.
 */
final class ParliamentViews {
    private ParliamentViews() {
    }

    /**
     * The chambers and the cabinet on a day.
     *
     * @param basis what the seats are: the election results, or the fracties with recorded seat changes
     */
    public record Seats(String date, String basis, List<ChamberSeats> chambers, Cabinet cabinet) {
    }

    /**
     * @param chamber   TK or EK
     * @param election  the election whose result sits
     * @param installed the day that chamber was installed
     * @param pending   a chamber elected but not installed yet on the day, or null
     */
    public record ChamberSeats(String chamber, String name, String election, String installed, int size,
                               int majority, List<Seat> fracties, String pending) {
        static ChamberSeats of(Composition c, String pending) {
            return new ChamberSeats(c.chamber().name(), c.chamber().title(), c.election().toString(),
                    c.installed().toString(), c.chamber().size(), c.chamber().majority(),
                    c.fracties().stream().map(Seat::of).toList(), pending);
        }
    }

    /** @param lists seats per elected list, for a joint fractie such as GL-PvdA; empty otherwise */
    public record Seat(String name, int seats, Map<String, Integer> lists) {
        static Seat of(Fractie f) {
            return new Seat(f.name(), f.seats(), f.isJoint() ? f.seatsPerList() : Map.of());
        }
    }

    /**
     * The cabinet in office on the day, as it stood then.
     *
     * @param parties     the coalition parties still in it
     * @param supportedBy parties outside it that supported it (gedoogsteun)
     */
    public record Cabinet(String name, String premier, String swornIn, List<String> parties,
                          List<String> supportedBy, boolean demissionair, String demissionairSince,
                          List<Post> posts, List<Event> events, String source) {
        static Cabinet of(CabinetInOffice c) {
            if (c == null) {
                return null;
            }
            return new Cabinet(c.name(), c.cabinet().premier(), c.cabinet().period().from().toString(), c.parties(),
                    c.supportedBy(), c.demissionair(), c.demissionair() ? c.demissionairSince().toString() : null,
                    c.posts().stream().map(Post::of).toList(), c.events().stream().map(Event::of).toList(),
                    c.cabinet().source());
        }
    }

    public record Post(String name, String role, String portfolio, String party) {
        static Post of(CabinetPost p) {
            return new Post(p.name(), p.role(), p.portfolio(), p.party());
        }
    }

    /** @param event demissionair, party-left, support-from or support-ended */
    public record Event(String date, String event, String party, String source) {
        static Event of(CabinetEvent e) {
            return new Event(e.date().toString(), constant(e.kind()), e.party().isEmpty() ? null : e.party(),
                    e.source());
        }
    }

    /**
     * A set of parties counted in both chambers on a day, and the smallest additions for a majority in both.
     *
     * @param asked   the parties as asked (party keys)
     * @param parties the parties as counted, joint fracties resolved
     */
    public record Coalition(String date, String basis, List<String> asked, List<String> parties,
                            List<CoalitionCount> chambers, boolean majorityInBoth, Cabinet cabinet, Options additions,
                            List<String> excluded, List<String> notes) {
        static Coalition of(CoalitionReport r) {
            return new Coalition(r.day().toString(), r.basis(), r.asked(), r.parties(),
                    List.of(CoalitionCount.of(r.count(Chamber.TK)), CoalitionCount.of(r.count(Chamber.EK))), r.majorityInBoth(),
                    Cabinet.of(r.cabinet().orElse(null)), Options.of(r.additions()), r.excluded(), r.notes());
        }
    }

    /** @param shortBy seats still needed for a majority; 0 when it has one */
    public record CoalitionCount(String chamber, String name, int size, int majority, int seats, boolean hasMajority,
                        int shortBy, Map<String, Integer> perParty) {
        static CoalitionCount of(ChamberCount c) {
            return new CoalitionCount(c.chamber().name(), c.chamber().title(), c.chamber().size(), c.majority(), c.seats(),
                    c.hasMajority(), c.shortBy(), c.perParty());
        }
    }

    /**
     * @param outcome not-needed, found or impossible
     * @param size    parties in each smallest set (0 unless found)
     * @param found   how many sets of that size there are
     * @param shown   the first of them, fewest added seats first
     */
    public record Options(String outcome, int size, int found, List<Option> shown) {
        static Options of(Additions a) {
            return new Options(constant(a.outcome()), a.size(), a.found(), a.shown().stream().map(Option::of).toList());
        }
    }

    /**
     * @param tk seats in the Tweede Kamer with the added parties
     * @param ek seats in the Eerste Kamer with the added parties
     */
    public record Option(List<String> parties, int addedTk, int addedEk, int tk, int ek) {
        static Option of(Addition a) {
            return new Option(a.parties(), a.addedTk(), a.addedEk(), a.tk(), a.ek());
        }
    }

    private static String constant(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
