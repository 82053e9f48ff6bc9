package nl.binnenhof.parliament;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CoalitionCalculatorTest {
    private final Parliament parliament = Parliament.bundled();
    private final CoalitionCalculator calculator = new CoalitionCalculator(parliament);

    private CoalitionReport count(String day, String... parties) {
        return calculator.evaluate(List.of(parties), LocalDate.parse(day), List.of(), 10);
    }

    @Test
    void autumn2013VvdAndPvdaHadTheTweedeKamerButNotTheEersteKamer() {
        CoalitionReport r = count("2013-10-01", "VVD", "PvdA");
        assertEquals(79, r.tk().seats());
        assertTrue(r.tk().hasMajority());
        assertEquals(30, r.ek().seats());
        assertFalse(r.ek().hasMajority());
        assertEquals(8, r.ek().shortBy());
        assertFalse(r.majorityInBoth());
        assertEquals("Rutte II", r.cabinet().orElseThrow().name());
        assertEquals(Additions.Outcome.FOUND, r.additions().outcome());
        assertEquals(1, r.additions().size(), "one of CDA, PVV or SP alone would have done");
        assertEquals(List.of(List.of("SP"), List.of("CDA"), List.of("PVV")),
                r.additions().shown().stream().map(Addition::parties).toList(), "fewest added seats first");
    }

    @Test
    void theBudgetOf2014PassedTheEersteKamerWithD66ChristenUnieAndSgp() {
        CoalitionReport r = count("2013-10-01", "VVD", "PvdA", "D66", "ChristenUnie", "SGP");
        assertEquals(38, r.ek().seats());
        assertTrue(r.majorityInBoth());
        assertEquals(Additions.Outcome.NOT_NEEDED, r.additions().outcome());
    }

    @Test
    void withoutTheLargerOppositionPartiesTheConstructiveThreeAreAmongTheSmallestAdditions() {
        CoalitionReport r = calculator.evaluate(List.of("VVD", "PvdA"), LocalDate.of(2013, 10, 1),
                List.of("CDA", "PVV", "SP", "GroenLinks"), 20);
        assertEquals(3, r.additions().size());
        assertTrue(r.additions().shown().stream().anyMatch(a -> a.parties().containsAll(List.of("D66", "ChristenUnie",
                "SGP"))), r.additions().toString());
        assertTrue(r.additions().shown().stream().noneMatch(a -> a.parties().contains("CDA")));
        assertEquals(List.of("CDA", "PVV", "SP", "GroenLinks"), r.excluded());
    }

    @Test
    void rutteIiiLostItsEersteKamerMajorityWhenTheChamberElectedIn2019WasInstalled() {
        CoalitionReport before = count("2019-06-10", "VVD", "CDA", "D66", "ChristenUnie");
        assertEquals(38, before.ek().seats(), "the Eerste Kamer of 2015 still sat");
        assertTrue(before.majorityInBoth());
        CoalitionReport after = count("2019-06-11", "VVD", "CDA", "D66", "ChristenUnie");
        assertEquals(76, after.tk().seats());
        assertTrue(after.tk().hasMajority());
        assertEquals(32, after.ek().seats());
        assertFalse(after.ek().hasMajority());
        assertEquals("Rutte III", after.cabinet().orElseThrow().name());
    }

    @Test
    void theJettenCabinetIsAMinorityInBothChambers() {
        CoalitionReport r = count("2026-03-01", "D66", "VVD", "CDA");
        assertEquals(66, r.tk().seats());
        assertFalse(r.tk().hasMajority());
        assertEquals(21, r.ek().seats());
        assertEquals(2, r.additions().size());
        assertEquals("Jetten", r.cabinet().orElseThrow().name());
    }

    @Test
    void everySmallestAdditionGivesBothMajoritiesAndNeedsEachOfItsParties() {
        for (String day : List.of("2011-01-01", "2013-10-01", "2018-01-01", "2020-01-01", "2024-09-01", "2026-03-01")) {
            for (List<String> coalition : List.of(List.of("VVD"), List.of("D66", "VVD", "CDA"), List.of("SP"))) {
                CoalitionReport r = calculator.evaluate(coalition, LocalDate.parse(day), List.of(), 1000);
                assertEquals(r.additions().found(), r.additions().shown().size());
                for (Addition a : r.additions().shown()) {
                    assertEquals(r.additions().size(), a.parties().size());
                    assertTrue(majorityInBoth(coalition, a.parties(), day), day + " " + coalition + " + " + a);
                    for (String p : a.parties()) {
                        List<String> fewer = new ArrayList<>(a.parties());
                        fewer.remove(p);
                        assertFalse(majorityInBoth(coalition, fewer, day), day + " " + a + " works without " + p);
                    }
                }
            }
        }
    }

    private boolean majorityInBoth(List<String> coalition, List<String> added, String day) {
        List<String> all = new ArrayList<>(coalition);
        all.addAll(added);
        return count(day, all.toArray(String[]::new)).majorityInBoth();
    }

    @Test
    void tiesAreListedUpToTheLimitAndCounted() {
        CoalitionReport r = calculator.evaluate(List.of("D66", "VVD", "CDA"), LocalDate.of(2026, 3, 1), List.of(), 2);
        assertEquals(2, r.additions().shown().size());
        assertTrue(r.additions().found() > 2, "found " + r.additions().found());
        Addition first = r.additions().shown().get(0);
        Addition second = r.additions().shown().get(1);
        assertTrue(first.addedTk() + first.addedEk() <= second.addedTk() + second.addedEk());
    }

    @Test
    void excludingTooMuchLeavesNoMajority() {
        List<String> everyoneElse = parliament.seating(LocalDate.of(2013, 10, 1)).parties().stream()
                .map(SeatedParty::name).filter(p -> !p.equals("VVD")).toList();
        CoalitionReport r = calculator.evaluate(List.of("VVD"), LocalDate.of(2013, 10, 1), everyoneElse, 10);
        assertEquals(Additions.Outcome.IMPOSSIBLE, r.additions().outcome());
        assertTrue(r.additions().shown().isEmpty());
    }

    @Test
    void glPvdaCountsBothListsInTheEersteKamerOf2023() {
        CoalitionReport r = count("2024-01-10", "GL-PvdA");
        assertEquals(25, r.tk().seats());
        assertEquals(14, r.ek().seats(), "GroenLinks 7 + PvdA 7");
    }

    @Test
    void groenLinksOrPvdaAloneCountAsTheJointFractieOnceItSits() {
        CoalitionReport r = count("2024-01-10", "GroenLinks", "VVD");
        assertEquals(List.of("GL-PvdA", "VVD"), r.parties());
        assertEquals(49, r.tk().seats());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("GroenLinks sits in the joint fractie GL-PvdA")));
        CoalitionReport both = count("2024-01-10", "GroenLinks", "PvdA");
        assertEquals(25, both.tk().seats(), "the joint fractie is counted once");
    }

    @Test
    void afterTheJointEersteKamerFractieGroenLinksAndPvdaAreOnePartyInTheOldTweedeKamerToo() {
        CoalitionReport r = count("2023-09-01", "GL-PvdA");
        assertEquals(17, r.tk().seats(), "GroenLinks 8 + PvdA 9 elected in 2021");
        assertEquals(14, r.ek().seats());
        CoalitionReport vvd = count("2023-09-01", "VVD", "D66", "CDA", "ChristenUnie");
        vvd.additions().shown().forEach(a -> assertFalse(a.parties().contains("GroenLinks") || a.parties().contains("PvdA"),
                "GroenLinks and PvdA are not added apart: " + a));
    }

    @Test
    void beforeTheyJoinedGlPvdaMeansGroenLinksAndPvdaTogether() {
        CoalitionReport r = count("2022-06-01", "GL-PvdA");
        assertEquals(List.of("GroenLinks", "PvdA"), r.parties().stream().sorted().toList());
        assertEquals(17, r.tk().seats());
        assertEquals(14, r.ek().seats(), "GroenLinks 8 + PvdA 6 elected in 2019");
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("counted together")), r.notes().toString());
    }

    @Test
    void aPartyWithoutSeatsCountsZeroAndSaysSo() {
        CoalitionReport r = count("2013-10-01", "VVD", "NSC");
        assertEquals(41, r.tk().seats());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("NSC has no seats")), r.notes().toString());
    }

    @Test
    void theReportSaysWhichElectionResultsItUses() {
        CoalitionReport r = count("2025-11-01", "PVV");
        assertTrue(r.basis().startsWith("zetels na de verkiezingen"), r.basis());
        assertTrue(r.basis().contains("2023-11-22"), r.basis());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("elected on 2025-10-29 is installed on 2025-11-12")),
                r.notes().toString());
    }

    @Test
    void noPartiesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> calculator.evaluate(List.of(), LocalDate.of(2020, 1, 1),
                List.of(), 10));
    }
}
