package nl.binnenhof.parliament;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.binnenhof.kb.KnowledgeBase;

/**
 * The parliament model: the composition of each chamber and the cabinet in office on any day from
 * {@link #COVERED_FROM} to today. Loaded once from the knowledge base and this module's data files, immutable
 * afterwards, so one instance serves every thread.
 */
public final class Parliament {
    /** The knowledge base covers Dutch politics from 2010 on; earlier compositions only serve the first months. */
    public static final LocalDate COVERED_FROM = LocalDate.of(2010, 1, 1);

    private static final String DIR = "/nl/binnenhof/parliament/";
    private static volatile Parliament bundled;

    private final KnowledgeBase kb;
    private final Map<Chamber, List<Composition>> compositions;
    private final List<JointFractie> joints;
    private final Cabinets cabinets;
    private final SeatChanges seatChanges;
    private final PartyNames partyNames;

    private Parliament(KnowledgeBase kb, Map<Chamber, List<Composition>> compositions, List<JointFractie> joints,
                       Cabinets cabinets, SeatChanges seatChanges) {
        this.kb = kb;
        this.compositions = Map.copyOf(compositions);
        this.joints = List.copyOf(joints);
        this.cabinets = cabinets;
        this.seatChanges = seatChanges;
        seatChanges.check(this.compositions);
        this.partyNames = new PartyNames(kb, seatChanges.all().stream().map(SeatChange::to).distinct().toList());
    }

    /** The model of the bundled knowledge base, loaded on first use. */
    public static Parliament bundled() {
        Parliament p = bundled;
        if (p == null) {
            synchronized (Parliament.class) {
                if (bundled == null) {
                    bundled = load(KnowledgeBase.bundled());
                }
                p = bundled;
            }
        }
        return p;
    }

    static Parliament load(KnowledgeBase kb) {
        List<JointFractie> joints = Compositions.jointFracties(DIR + "joint-fracties.tsv");
        Map<Chamber, List<Composition>> compositions = Compositions.build(kb.seats(),
                Compositions.installations(DIR + "installations.tsv"), joints);
        return new Parliament(kb, compositions, joints, Cabinets.load(kb, DIR + "cabinet-events.tsv"),
                SeatChanges.load(DIR + "seat-changes.tsv"));
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    public PartyNames partyNames() {
        return partyNames;
    }

    /** Every composition of the chamber in the data, oldest first. */
    public List<Composition> compositions(Chamber chamber) {
        return compositions.get(chamber);
    }

    /** The chamber that sits on the day: the result of the last election whose chamber was installed by then. */
    public Composition composition(Chamber chamber, LocalDate day) {
        return compositions.get(chamber).stream().filter(c -> c.sitsOn(day)).findFirst()
                .orElseThrow(() -> QueryException.dayNotCovered("no " + chamber.title() + " known on " + day));
    }

    /**
     * The chamber on the day counted on the given basis: as elected, or with the recorded seat changes since its
     * installation (the fracties as they sat that day).
     */
    public Composition composition(Chamber chamber, LocalDate day, Basis basis) {
        Composition elected = composition(chamber, day);
        return basis == Basis.FRACTIES ? seatChanges.apply(elected, day) : elected;
    }

    /** Every recorded seat change, oldest first. */
    public List<SeatChange> seatChanges() {
        return seatChanges.all();
    }

    /** A chamber elected on or before the day that is not installed yet: between election day and installation. */
    public Optional<Composition> elected(Chamber chamber, LocalDate day) {
        return compositions.get(chamber).stream()
                .filter(c -> !day.isBefore(c.election()) && day.isBefore(c.installed())).findFirst();
    }

    public Seating seating(LocalDate day) {
        return seating(day, Basis.ELECTION_RESULTS);
    }

    public Seating seating(LocalDate day, Basis basis) {
        return new Seating(day, basis, composition(Chamber.TK, day, basis), composition(Chamber.EK, day, basis),
                joints);
    }

    public Optional<CabinetInOffice> cabinet(LocalDate day) {
        return cabinets.inOffice(day);
    }

    public List<JointFractie> jointFracties() {
        return joints;
    }

    /** Refuses a day before {@link #COVERED_FROM} or after today, with a message that says what is covered. */
    public void checkCovered(LocalDate day, LocalDate today) {
        if (day.isBefore(COVERED_FROM)) {
            throw QueryException.dayNotCovered(day + " is before " + COVERED_FROM
                    + ": the parliament model covers " + COVERED_FROM + " to today (" + today + ")");
        }
        if (day.isAfter(today)) {
            throw QueryException.dayNotCovered(day + " is in the future: the parliament model covers "
                    + COVERED_FROM + " to today (" + today + ")");
        }
    }
}
