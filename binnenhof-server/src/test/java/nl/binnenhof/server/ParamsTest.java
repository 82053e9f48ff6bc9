package nl.binnenhof.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.binnenhof.server.api.ApiError;
import nl.binnenhof.server.api.Endpoint;
import nl.binnenhof.server.api.Param;
import nl.binnenhof.server.api.Params;

/** Parameters are read as declared: defaults, blanks, lists, days and the path. */
class ParamsTest {
    private static final Endpoint ENDPOINT = new Endpoint("/api/test/{id}", "Test", "test", "test",
            List.of(Param.path("id", 10, "an id"), Param.text("q", 20, "words"),
                    Param.integer("limit", 1, 100, 20, "page"), Param.flag("all", "all"),
                    Param.choice("order", List.of("newest", "oldest"), "newest", "order"),
                    Param.list("parties", 3, 10, "parties"), Param.day("on", "day")),
            Object.class, List.of(), p -> null);

    private static Params check(Map<String, List<String>> query) {
        return Params.check(ENDPOINT, Map.of("id", "a1"), query);
    }

    @Test
    void absentAndBlankParametersTakeTheirDefaults() {
        Params p = check(Map.of("q", List.of("  ")));
        assertNull(p.text("q"));
        assertEquals(20, p.integer("limit"));
        assertEquals("newest", p.choice("order"));
        assertEquals(List.of(), p.list("parties"));
        assertNull(p.day("on"));
        assertEquals("a1", p.text("id"));
    }

    @Test
    void valuesAreReadAsDeclared() {
        Params p = check(Map.of("limit", List.of("7"), "all", List.of("TRUE"), "order", List.of("Oldest"),
                "parties", List.of("VVD, CDA,,D66"), "on", List.of("2024-02-29")));
        assertEquals(7, p.integer("limit"));
        assertTrue(p.flag("all"));
        assertEquals("oldest", p.choice("order"));
        assertEquals(List.of("VVD", "CDA", "D66"), p.list("parties"));
        assertEquals(LocalDate.of(2024, 2, 29), p.day("on"));
    }

    @Test
    void malformedValuesAreRefused() {
        assertThrows(ApiError.class, () -> check(Map.of("on", List.of("2023-02-29"))));
        assertThrows(ApiError.class, () -> check(Map.of("limit", List.of("99999999999"))));
        assertThrows(ApiError.class, () -> check(Map.of("parties", List.of("a,b,c,d"))));
        assertThrows(ApiError.class, () -> check(Map.of("parties", List.of("abcdefghijk"))));
        assertThrows(ApiError.class, () -> check(Map.of("id", List.of("x"))), "a path parameter is not a query one");
        assertThrows(ApiError.class, () -> Params.check(ENDPOINT, Map.of("id", "abcdefghijklmnop"), Map.of()));
    }
}
