package nl.binnenhof.parliament;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The compositions against the official results. The expected seats are written here from the Kiesraad figures
 * as published by the Kiesraad, the Eerste Kamer, parlement.com and the CBS, independently of the data files.
 */
class ElectionResultsTest {
    private final Parliament parliament = Parliament.bundled();

    @Test
    void everyElectionOfThePeriodIsThereAndFillsItsChamber() {
        assertEquals(List.of("2006-11-22", "2010-06-09", "2012-09-12", "2017-03-15", "2021-03-17", "2023-11-22",
                "2025-10-29"), elections(Chamber.TK));
        assertEquals(List.of("2007-05-29", "2011-05-23", "2015-05-26", "2019-05-27", "2023-05-30"),
                elections(Chamber.EK));
        for (Chamber chamber : Chamber.values()) {
            for (Composition c : parliament.compositions(chamber)) {
                assertEquals(chamber.size(), c.total(), chamber + " " + c.election());
                assertEquals(chamber.size(), c.fracties().stream().mapToInt(Fractie::seats).sum());
                assertTrue(c.installed().isAfter(c.election()), "installed after the election: " + c.election());
                assertTrue(c.installed().isBefore(c.election().plusDays(20)), "installed within weeks: " + c.election());
            }
        }
    }

    private List<String> elections(Chamber chamber) {
        return parliament.compositions(chamber).stream().map(c -> c.election().toString()).toList();
    }

    @Test
    void majoritiesAreMoreThanHalf() {
        assertEquals(76, Chamber.TK.majority());
        assertEquals(38, Chamber.EK.majority());
    }

    /** Chamber, election day, then the largest parties with their seats (all parties for the smaller lists). */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', value = {
            "TK;2006-11-22;CDA 41,PvdA 33,SP 25,VVD 22,PVV 9,GroenLinks 7,ChristenUnie 6,D66 3,PvdD 2,SGP 2",
            "TK;2010-06-09;VVD 31,PvdA 30,PVV 24,CDA 21,SP 15,D66 10,GroenLinks 10,ChristenUnie 5,PvdD 2,SGP 2",
            "TK;2012-09-12;VVD 41,PvdA 38,PVV 15,SP 15,CDA 13,D66 12,ChristenUnie 5,GroenLinks 4,SGP 3",
            "TK;2017-03-15;VVD 33,PVV 20,CDA 19,D66 19,GroenLinks 14,SP 14,PvdA 9,ChristenUnie 5,PvdD 5,50PLUS 4",
            "TK;2021-03-17;VVD 34,D66 24,PVV 17,CDA 15,PvdA 9,SP 9,FvD 8,GroenLinks 8,PvdD 6,ChristenUnie 5",
            "TK;2023-11-22;PVV 37,GL-PvdA 25,VVD 24,NSC 20,D66 9,BBB 7,CDA 5,SP 5",
            "TK;2025-10-29;D66 26,PVV 26,VVD 22,GL-PvdA 20,CDA 18,JA21 9,FvD 7,BBB 4",
            "EK;2007-05-29;CDA 21,PvdA 14,VVD 14,SP 12,ChristenUnie 4,GroenLinks 4,D66 2,SGP 2,OSF 1,PvdD 1",
            "EK;2011-05-23;VVD 16,PvdA 14,CDA 11,PVV 10,SP 8,D66 5,GroenLinks 5,ChristenUnie 2,SGP 1",
            "EK;2015-05-26;VVD 13,CDA 12,D66 10,PVV 9,SP 9,PvdA 8,GroenLinks 4,ChristenUnie 3",
            "EK;2019-05-27;FvD 12,VVD 12,CDA 9,GroenLinks 8,D66 7,PvdA 6,PVV 5,ChristenUnie 4,SP 4",
            "EK;2023-05-30;BBB 16,GL-PvdA 14,VVD 10,CDA 6,D66 5,PVV 4,ChristenUnie 3,JA21 3,PvdD 3,SP 3"})
    void theLargestPartiesHaveTheirOfficialSeats(String chamber, String election, String expected) {
        Composition c = parliament.compositions(Chamber.valueOf(chamber)).stream()
                .filter(x -> x.election().equals(LocalDate.parse(election))).findFirst().orElseThrow();
        Map<String, Integer> seats = new LinkedHashMap<>();
        for (String pair : expected.split(",")) {
            String[] nameAndSeats = pair.strip().split(" ");
            seats.put(nameAndSeats[0], Integer.parseInt(nameAndSeats[1]));
        }
        seats.forEach((party, n) -> assertEquals(n, c.seats(party), chamber + " " + election + " " + party));
        List<String> largestFirst = c.fracties().stream().limit(seats.size()).map(Fractie::seats).map(String::valueOf)
                .toList();
        assertEquals(seats.values().stream().sorted((a, b) -> b - a).map(String::valueOf).toList(), largestFirst,
                "no other party is as large as the listed ones");
    }

    @Test
    void groenLinksAndPvdaSitAsOneFractieInTheEersteKamerOf2023() {
        Composition ek = parliament.composition(Chamber.EK, LocalDate.of(2023, 6, 13));
        Fractie joint = ek.fractie("GL-PvdA").orElseThrow();
        assertEquals(14, joint.seats());
        assertEquals(Map.of("GroenLinks", 7, "PvdA", 7), joint.seatsPerList());
        assertEquals(0, ek.seats("GroenLinks"), "the lists are not also counted on their own");
        Composition ek2019 = parliament.composition(Chamber.EK, LocalDate.of(2023, 6, 12));
        assertEquals(8, ek2019.seats("GroenLinks"), "before 2023 they were separate fracties");
        assertEquals(6, ek2019.seats("PvdA"));
    }
}
