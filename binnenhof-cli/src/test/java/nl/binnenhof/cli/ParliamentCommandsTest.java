package nl.binnenhof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The coalition and seats commands run in-process through picocli, as the launcher runs them. */
class ParliamentCommandsTest {
    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void coalitionShowsBothChambersTheCabinetAndTheSmallestAdditions() {
        Run r = run("coalition", "VVD", "PvdA", "--on", "2013-10-01");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Tweede Kamer   79 of 150  majority 76  yes"), r.out());
        assertTrue(r.out().contains("Eerste Kamer   30 of 75   majority 38  no"), r.out());
        assertTrue(r.out().contains("Majority in both chambers: no"), r.out());
        assertTrue(r.out().contains("zetels na de verkiezingen"), r.out());
        assertTrue(r.out().contains("Cabinet in office: Rutte II (VVD, PvdA), premier Mark Rutte"), r.out());
        assertTrue(r.out().contains("1 party, 3 options"), r.out());
        assertTrue(r.out().indexOf("+ SP") < r.out().indexOf("+ CDA"), r.out());
    }

    @Test
    void aliasesAndCommasAreAccepted() {
        Run r = run("coalition", "vvd,pvda", "d66", "CU", "sgp", "--on", "2013-10-01");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Coalition VVD + PvdA + D66 + ChristenUnie + SGP"), r.out());
        assertTrue(r.out().contains("Eerste Kamer   38 of 75"), r.out());
        assertTrue(r.out().contains("No parties need to be added"), r.out());
    }

    @Test
    void jsonIsMachineReadable() throws Exception {
        Run r = run("coalition", "VVD", "CDA", "D66", "CU", "--on", "2019-06-11", "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("2019-06-11", json.get("date").asText());
        assertEquals(76, json.at("/chambers/TK/seats").asInt());
        assertTrue(json.at("/chambers/TK/hasMajority").asBoolean());
        assertEquals(32, json.at("/chambers/EK/seats").asInt());
        assertFalse(json.at("/chambers/EK/hasMajority").asBoolean());
        assertEquals("2019-05-27", json.at("/chambers/EK/election").asText());
        assertEquals("Rutte III", json.at("/cabinet/name").asText());
        assertEquals("found", json.at("/additions/outcome").asText());
        assertEquals(1, json.at("/additions/size").asInt());
        assertTrue(json.get("basis").asText().startsWith("zetels na de verkiezingen"));
    }

    @Test
    void theCabinetOptionCountsTheCabinetsParties() {
        Run r = run("coalition", "--cabinet", "--on", "2025-09-01", "--members");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Coalition VVD + BBB on 2025-09-01"), r.out());
        assertTrue(r.out().contains("demissionair since 2025-06-03"), r.out());
        assertTrue(r.out().contains("PVV left 2025-06-03, NSC left 2025-08-22"), r.out());
        assertTrue(r.out().contains("Dick Schoof: premier"), r.out());
    }

    @Test
    void anUnknownPartyIsAnErrorWithSuggestions() {
        Run r = run("coalition", "VDD", "PvdA", "--on", "2013-10-01");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("unknown party 'VDD' (did you mean VVD"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void daysOutsideTheModelAreErrors() {
        Run early = run("coalition", "VVD", "--on", "2009-12-31");
        assertEquals(2, early.status());
        assertTrue(early.err().contains("before 2010-01-01"), early.err());
        Run future = run("coalition", "VVD", "--on", "2099-01-01");
        assertEquals(2, future.status());
        assertTrue(future.err().contains("in the future"), future.err());
        Run bad = run("seats", "--on", "1-10-2013");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("not a date: '1-10-2013'"), bad.err());
    }

    @Test
    void noPartiesIsAnError() {
        Run r = run("coalition", "--on", "2013-10-01");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no parties given"), r.err());
    }

    @Test
    void seatsListsTheChamberThatSits() {
        Run r = run("seats", "--on", "2019-06-11", "--chamber", "EK");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Eerste Kamer: zetels na de verkiezingen van 2019-05-27 (installed 2019-06-11)"),
                r.out());
        assertTrue(r.out().contains("FvD             12"), r.out());
        assertFalse(r.out().contains("Tweede Kamer:"), r.out());
        assertTrue(r.out().contains("its parties hold TK 76 (majority), EK 32"), r.out());
    }

    @Test
    void seatsShowsJointFractiesAndTheChamberWaitingForInstallation() throws Exception {
        Run r = run("seats", "--on", "2025-11-01");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("GL-PvdA         14  (GroenLinks 7 + PvdA 7"), r.out());
        assertTrue(r.out().contains("PVV             37"), r.out());
        assertTrue(r.out().contains("elected on 2025-10-29, installed on 2025-11-12"), r.out());
        JsonNode json = new ObjectMapper().readTree(run("seats", "--on", "2025-11-01", "-f", "json").out());
        assertEquals(37, json.at("/chambers/TK/fracties/0/seats").asInt());
        assertEquals(7, json.at("/chambers/EK/fracties/1/lists/GroenLinks").asInt());
        assertEquals("Schoof", json.at("/cabinet/name").asText());
    }

    @Test
    void anUnknownChamberOrFormatIsAnError() {
        Run chamber = run("seats", "--chamber", "XK");
        assertEquals(2, chamber.status());
        assertTrue(chamber.err().contains("unknown chamber 'XK'"), chamber.err());
        assertEquals(2, run("coalition", "VVD", "--format", "xml").status());
    }

    @Test
    void fractiesCountTheRecordedSplitsAndSaySo() {
        Run r = run("coalition", "PVV", "--on", "2026-03-01", "--fracties");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Tweede Kamer   19 of 150"), r.out());
        assertTrue(r.out().contains("Seats: fracties on 2026-03-01"), r.out());
        Run seats = run("seats", "--on", "2026-03-01", "--chamber", "TK", "--fracties");
        assertTrue(seats.out().contains("Groep Markuszower   7"), seats.out());
        assertTrue(seats.out().contains("2026-01-20  PVV -> Groep Markuszower (7: Gidi Markuszower"), seats.out());
        Run elected = run("seats", "--on", "2026-03-01", "--chamber", "TK");
        assertTrue(elected.out().contains("PVV             26"), elected.out());
        assertFalse(elected.out().contains("Markuszower"), elected.out());
    }
}
