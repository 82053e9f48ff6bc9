package nl.binnenhof.parliament;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PartyNamesTest {
    private final PartyNames names = Parliament.bundled().partyNames();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "CU;ChristenUnie", "cu;ChristenUnie", "Christen Unie;ChristenUnie", "GL;GroenLinks",
            "groenlinks;GroenLinks", "GL-PvdA;GL-PvdA", "gl-pvda;GL-PvdA", "GroenLinks-PvdA;GL-PvdA",
            "GroenLinks/PvdA;GL-PvdA", "PvdA;PvdA", "pvda;PvdA", "Partij voor de Dieren;PvdD",
            "partij voor de dieren;PvdD", "denk;DENK", "fvd;FvD", "Forum voor Democratie;FvD", "50plus;50PLUS",
            "d66;D66", " VVD ;VVD", "bbb;BBB", "Nieuw Sociaal Contract;NSC"})
    void writtenNamesFindTheirParty(String written, String key) {
        assertEquals(key, names.key(written));
    }

    @Test
    void anUnknownNameSuggestsTheClosestParties() {
        QueryException e = assertThrows(QueryException.class, () -> names.key("VDD"));
        assertEquals("VVD", e.suggestions().get(0));
        assertTrue(e.getMessage().contains("unknown party 'VDD'"), e.getMessage());
        assertTrue(names.key("Forum voor Democratie").equals("FvD"));
        assertTrue(assertThrows(QueryException.class, () -> names.key("Forum")).suggestions().contains("FvD"));
        assertTrue(assertThrows(QueryException.class, () -> names.key("Christenunion")).suggestions()
                .contains("ChristenUnie"));
        assertTrue(assertThrows(QueryException.class, () -> names.key("xyzzy")).suggestions().isEmpty());
    }

    @Test
    void distanceCountsEdits() {
        assertEquals(0, PartyNames.distance("vvd", "vvd"));
        assertEquals(1, PartyNames.distance("vdd", "vvd"));
        assertEquals(3, PartyNames.distance("", "cda"));
    }
}
