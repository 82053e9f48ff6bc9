package nl.binnenhof.parliament;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CabinetsTest {
    private final Parliament parliament = Parliament.bundled();

    private CabinetInOffice on(String day) {
        return parliament.cabinet(LocalDate.parse(day)).orElseThrow();
    }

    /** Day; cabinet; its parties that day; demissionair since (empty: not demissionair). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "2010-01-15;Balkenende IV;CDA PvdA ChristenUnie;",
            "2010-03-01;Balkenende IV;CDA ChristenUnie;2010-02-20",
            "2010-10-13;Balkenende IV;CDA ChristenUnie;2010-02-20",
            "2010-10-14;Rutte I;VVD CDA;",
            "2012-06-01;Rutte I;VVD CDA;2012-04-23",
            "2012-11-05;Rutte II;VVD PvdA;",
            "2013-10-01;Rutte II;VVD PvdA;",
            "2017-10-25;Rutte II;VVD PvdA;2017-03-14",
            "2017-10-26;Rutte III;VVD CDA D66 ChristenUnie;",
            "2021-01-14;Rutte III;VVD CDA D66 ChristenUnie;",
            "2021-06-01;Rutte III;VVD CDA D66 ChristenUnie;2021-01-15",
            "2022-01-10;Rutte IV;VVD D66 CDA ChristenUnie;",
            "2023-09-01;Rutte IV;VVD D66 CDA ChristenUnie;2023-07-07",
            "2024-07-02;Schoof;PVV VVD NSC BBB;",
            "2025-07-01;Schoof;VVD NSC BBB;2025-06-03",
            "2025-09-01;Schoof;VVD BBB;2025-06-03",
            "2026-02-23;Jetten;D66 VVD CDA;",
            "2026-11-23;Jetten;D66 VVD CDA;"})
    void theCabinetInOfficeAsItStoodThatDay(String day, String name, String parties, String demissionairSince) {
        CabinetInOffice c = on(day);
        assertEquals(name, c.name());
        assertEquals(List.of(parties.split(" ")), c.parties());
        if (demissionairSince == null) {
            assertFalse(c.demissionair());
            assertNull(c.demissionairSince());
        } else {
            assertTrue(c.demissionair());
            assertEquals(LocalDate.parse(demissionairSince), c.demissionairSince());
        }
    }

    @Test
    void rutteIHadGedoogsteunFromThePvvUntilTheCatshuisTalksFailed() {
        assertEquals(List.of("PVV"), on("2011-01-01").supportedBy());
        assertEquals(List.of(), on("2012-06-01").supportedBy());
    }

    @Test
    void membersAreThoseInOfficeThatDay() {
        CabinetInOffice jetten = on("2026-03-01");
        assertEquals("Rob Jetten", jetten.members().get(0));
        assertEquals("premier", jetten.posts().get(0).role());
        assertFalse(jetten.members().contains("Dick Schoof"));
        CabinetInOffice schoof = on("2025-09-01");
        assertTrue(schoof.members().contains("Dick Schoof"));
        assertTrue(schoof.posts().stream().noneMatch(p -> p.party().equals("PVV") || p.party().equals("NSC")),
                "PVV and NSC ministers had left");
        assertTrue(on("2024-08-01").posts().stream().anyMatch(p -> p.party().equals("PVV")));
    }

    @Test
    void eventsCarryTheirSources() {
        CabinetInOffice c = on("2025-09-01");
        assertEquals(3, c.events().size());
        c.events().forEach(e -> assertTrue(e.source().startsWith("http"), e.toString()));
    }
}
