package nl.binnenhof.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {
    private final KnowledgeBase kb = KnowledgeBase.bundled();

    @Test
    void seatsOfEveryElectionAddUpToTheChamber() {
        Map<String, Integer> totals = new TreeMap<>();
        for (SeatResult r : kb.seats()) {
            totals.merge(r.chamber() + " " + r.election(), r.seats(), Integer::sum);
        }
        assertTrue(totals.size() >= 10, "TK 2010-2025 and EK 2011-2023: " + totals.keySet());
        totals.forEach((election, seats) -> assertEquals(election.startsWith("TK") ? 150 : 75, seats, election));
    }

    @Test
    void theCabinetsUpToJettenAreKnown() {
        List<String> names = kb.cabinets().stream().map(Cabinet::name).toList();
        assertTrue(names.containsAll(List.of("Rutte I", "Rutte II", "Rutte III", "Rutte IV", "Schoof", "Jetten")), names.toString());
        Cabinet jetten = kb.cabinets().stream().filter(c -> c.name().equals("Jetten")).findFirst().orElseThrow();
        assertEquals(List.of("D66", "VVD", "CDA"), jetten.parties());
        assertEquals(LocalDate.of(2026, 2, 23), jetten.period().from());
    }

    @Test
    void officeHoldersFollowTheDate() {
        assertEquals(List.of("Mark Rutte"), kb.holders("premier", null, DateRange.parse("2023-07")).stream().map(Person::name).toList());
        assertEquals(List.of("Dick Schoof"), kb.holders("premier", null, DateRange.parse("2025-03")).stream().map(Person::name).toList());
        assertEquals(List.of("Rob Jetten"), kb.holders("premier", null, DateRange.parse("2026-11")).stream().map(Person::name).toList());
    }

    @Test
    void partyMembershipFollowsTheDate() {
        Person omtzigt = kb.person("Pieter Omtzigt").orElseThrow();
        assertEquals("CDA", omtzigt.partyOn(DateRange.parse("2019-05")).orElseThrow());
        assertEquals("NSC", omtzigt.partyOn(DateRange.parse("2024-03")).orElseThrow());
    }

    @Test
    void partyAliasesFoldToKeys() {
        assertEquals("ChristenUnie", kb.partyKey("CU").orElseThrow());
        assertEquals("GL-PvdA", kb.partyKey("GroenLinks-PvdA").orElseThrow());
        assertEquals("PvdD", kb.partyKey("Partij voor de Dieren").orElseThrow());
        assertFalse(kb.partyKey("denk").isPresent(), "the verb is not the party");
    }

    @Test
    void articleDatesAreRangesOfTheKnownPrecision() {
        DateRange month = DateRange.parse("2023-07");
        assertEquals(LocalDate.of(2023, 7, 1), month.from());
        assertEquals(LocalDate.of(2023, 7, 31), month.to());
        assertTrue(DateRange.parse(null).isAlways());
    }
}
