package nl.binnenhof.parliament;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A chamber counts from its installation, not from election day. */
class InstallationTest {
    private final Parliament parliament = Parliament.bundled();

    @ParameterizedTest(name = "{0} on {1}: elected {2}")
    @CsvSource({
            "TK, 2010-01-01, 2006-11-22",
            "TK, 2010-06-16, 2006-11-22",
            "TK, 2010-06-17, 2010-06-09",
            "TK, 2012-09-19, 2010-06-09",
            "TK, 2012-09-20, 2012-09-12",
            "TK, 2017-03-22, 2012-09-12",
            "TK, 2017-03-23, 2017-03-15",
            "TK, 2021-03-30, 2017-03-15",
            "TK, 2021-03-31, 2021-03-17",
            "TK, 2023-12-05, 2021-03-17",
            "TK, 2023-12-06, 2023-11-22",
            "TK, 2025-11-11, 2023-11-22",
            "TK, 2025-11-12, 2025-10-29",
            "EK, 2011-06-06, 2007-05-29",
            "EK, 2011-06-07, 2011-05-23",
            "EK, 2015-06-08, 2011-05-23",
            "EK, 2015-06-09, 2015-05-26",
            "EK, 2019-06-10, 2015-05-26",
            "EK, 2019-06-11, 2019-05-27",
            "EK, 2023-06-12, 2019-05-27",
            "EK, 2023-06-13, 2023-05-30",
            "EK, 2026-11-23, 2023-05-30"})
    void theChamberThatSitsIsTheLastOneInstalled(Chamber chamber, LocalDate day, LocalDate election) {
        assertEquals(election, parliament.composition(chamber, day).election());
    }

    @Test
    void betweenElectionAndInstallationTheElectedChamberIsPending() {
        LocalDate day = LocalDate.of(2025, 11, 1);
        assertEquals(LocalDate.of(2025, 10, 29), parliament.elected(Chamber.TK, day).orElseThrow().election());
        assertEquals(37, parliament.composition(Chamber.TK, day).seats("PVV"), "the Kamer of 2023 still sits");
        assertTrue(parliament.elected(Chamber.TK, LocalDate.of(2025, 11, 12)).isEmpty());
        assertTrue(parliament.elected(Chamber.EK, day).isEmpty());
    }

    @Test
    void daysOutsideTheModelAreRefusedWithWhatIsCovered() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        parliament.checkCovered(LocalDate.of(2010, 1, 1), today);
        parliament.checkCovered(today, today);
        QueryException early = assertThrows(QueryException.class,
                () -> parliament.checkCovered(LocalDate.of(2009, 12, 31), today));
        assertTrue(early.getMessage().contains("2010-01-01"), early.getMessage());
        QueryException future = assertThrows(QueryException.class,
                () -> parliament.checkCovered(today.plusDays(1), today));
        assertTrue(future.getMessage().contains("future"), future.getMessage());
    }
}
