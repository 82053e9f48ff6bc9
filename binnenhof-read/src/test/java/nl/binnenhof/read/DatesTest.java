package nl.binnenhof.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "2023|2023",
        "2023-07|2023-07",
        "2023-07-05|2023-07-05",
        " 2023-07-05 |2023-07-05",
        "2023-07-05T10:00:00Z|2023-07-05",
        "2023-07-05T23:30:00-05:00|2023-07-05",
        "2023-07-05 10:00|2023-07-05",
        "2023-13|NULL",
        "2023-02-30|NULL",
        "5 juli 2023|NULL",
        "05-07-2023|NULL",
        "2023-7|NULL",
        "gisteren|NULL",
    })
    void normalisesToTheKnownPrecisionOrRejects(String raw, String expected) {
        assertEquals(expected, Dates.normalise(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "' date 2023-07 Het kabinet vergadert.'|2023-07",
        "'date 2021-09-14 De Kamer stemt.'|2021-09-14",
        "'   date 2019 Tekst.'|2019",
        "'date 2023-07'|2023-07",
        "'Het kabinet vergadert. date 2023-07'|NULL",
        "' date 2023-13 Tekst.'|NULL",
        "' date 2023-07x Tekst.'|NULL",
        "' dated 2023-07 Tekst.'|NULL",
    })
    void readsOnlyALeadingDateLine(String text, String expected) {
        assertEquals(expected, Dates.leadingDate(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "' date 2023-07 Tekst.'|' Tekst.'",
        "'Tekst zonder datum.'|'Tekst zonder datum.'",
    })
    void givesTheTextAfterALeadingDate(String text, String expected) {
        assertEquals(expected, Dates.afterLeadingDate(text));
    }

    @ParameterizedTest
    @CsvSource({"' date 2023-07'", "'   '", "''"})
    void aTextOfOnlyADateHasNoText(String text) {
        assertEquals("no text", Limits.textProblem(text).substring(0, 7));
    }

    @ParameterizedTest
    @CsvSource({"' date 2023-07 De Kamer stemt.'", "'x'"})
    void aTextWithContentPasses(String text) {
        assertNull(Limits.textProblem(text));
    }
}
