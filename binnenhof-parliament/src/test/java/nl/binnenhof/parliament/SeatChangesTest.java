package nl.binnenhof.parliament;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fracties as they sat: the election results with the recorded splits, only when asked for. */
class SeatChangesTest {
    private final Parliament parliament = Parliament.bundled();
    private final CoalitionCalculator calculator = new CoalitionCalculator(parliament);

    private int fractie(String day, String name) {
        return parliament.composition(Chamber.TK, LocalDate.parse(day), Basis.FRACTIES).seats(name);
    }

    @ParameterizedTest(name = "{1} on {0}: {2}")
    @CsvSource({
            "2026-01-19, PVV, 26", "2026-01-20, PVV, 19", "2026-01-20, Groep Markuszower, 7",
            "2021-09-14, CDA, 15", "2021-09-15, CDA, 14", "2021-09-15, Lid-Omtzigt, 1",
            "2021-05-13, FvD, 5", "2021-05-13, Groep Van Haga, 3", "2021-05-06, 50PLUS, 0",
            "2014-11-13, PvdA, 36", "2014-11-13, Groep Kuzu/Öztürk, 2", "2016-11-07, PvdA, 35",
            "2016-11-07, PVV, 12", "2016-11-07, VVD, 40", "2017-03-22, 50PLUS, 1",
            "2017-03-23, PVV, 20", "2017-03-23, Groep Kuzu/Öztürk, 0"})
    void splitsMoveSeatsFromTheirDayUntilTheNextChamber(String day, String fractie, int seats) {
        assertEquals(seats, fractie(day, fractie));
    }

    @Test
    void everyDayWithChangesStillFillsTheChamber() {
        for (SeatChange c : parliament.seatChanges()) {
            Composition sat = parliament.composition(c.chamber(), c.date(), Basis.FRACTIES);
            assertEquals(150, sat.total(), c.toString());
            assertTrue(sat.changes().contains(c));
            assertEquals(c.members().size(), c.seats(), "one member per seat: " + c);
            assertTrue(c.source().startsWith("http"), c.toString());
        }
    }

    @Test
    void rutteIiiLostItsTweedeKamerMajorityWhenVanHagaKeptHisSeat() {
        List<String> rutteIii = List.of("VVD", "CDA", "D66", "ChristenUnie");
        LocalDate day = LocalDate.of(2019, 10, 1);
        CoalitionReport fracties = calculator.evaluate(rutteIii, day, List.of(), 10, Basis.FRACTIES);
        assertEquals(75, fracties.tk().seats());
        assertFalse(fracties.tk().hasMajority());
        assertTrue(fracties.basis().startsWith("fracties on 2019-10-01"), fracties.basis());
        CoalitionReport elected = calculator.evaluate(rutteIii, day, List.of(), 10);
        assertEquals(76, elected.tk().seats(), "the default stays the election result");
        assertTrue(elected.basis().startsWith("zetels na de verkiezingen"));
    }

    @Test
    void rutteIiLostItsTweedeKamerMajorityStepByStep() {
        assertEquals(79, coalition("2014-11-12"));
        assertEquals(77, coalition("2014-11-13"));
        assertEquals(76, coalition("2015-03-25"));
        assertEquals(75, coalition("2016-11-07"));
    }

    private int coalition(String day) {
        return calculator.evaluate(List.of("VVD", "PvdA"), LocalDate.parse(day), List.of(), 1, Basis.FRACTIES).tk()
                .seats();
    }

    @Test
    void groupsAreNamedAsTheKamerKnewThem() {
        PartyNames names = parliament.partyNames();
        assertEquals("Groep Kuzu/Öztürk", names.key("Groep Kuzu/Öztürk"), "not folded into DENK before DENK existed");
        assertEquals("Groep Markuszower", names.key("groep markuszower"));
        assertEquals("DENK", names.key("DENK"));
    }

    @Test
    void theGroupsAreCandidatesForAdditions() {
        List<String> right = List.of("PVV", "VVD", "CDA", "JA21", "BBB");
        LocalDate day = LocalDate.of(2026, 3, 1);
        CoalitionReport elected = calculator.evaluate(right, day, List.of(), 50);
        assertEquals(79, elected.tk().seats());
        CoalitionReport fracties = calculator.evaluate(right, day, List.of(), 50, Basis.FRACTIES);
        assertEquals(72, fracties.tk().seats(), "PVV 19 after the split");
        assertEquals(39, fracties.ek().seats());
        assertTrue(fracties.additions().shown().stream().anyMatch(a -> a.parties().equals(List.of("Groep Markuszower"))),
                fracties.additions().toString());
    }
}
