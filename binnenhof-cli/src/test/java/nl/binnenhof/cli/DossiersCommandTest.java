package nl.binnenhof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** {@code binnenhof dossiers} over the real seeds. */
class DossiersCommandTest {
    private static final String SEEDS =
            Path.of(System.getProperty("binnenhof.corpus", "../shared/corpus")).resolve("seeds").toString();

    static String run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertEquals(ExitCodes.OK, cli.execute(args));
        return out.toString();
    }

    @Test
    void jsonLinesGiveOneDossierPerLineWithItsTimeline() throws Exception {
        List<JsonNode> dossiers = new ArrayList<>();
        for (String line : run("dossiers", "--format", "jsonl", SEEDS).split("\n")) {
            dossiers.add(new ObjectMapper().readTree(line));
        }
        JsonNode migration = dossiers.stream().filter(d -> d.get("articles").size() == 3).findFirst().orElseThrow();
        assertEquals(9, migration.get("topic").get("code").asInt());
        assertTrue(migration.get("timeline").size() > 5);
        JsonNode first = migration.get("timeline").get(0);
        assertTrue(first.has("evidence") && first.has("date") && first.has("type"), first.toString());
        assertTrue(migration.get("positions").isObject());
    }

    @Test
    void theTextFormShowsTheTitleAndTheTimelineAndCanHideSmallDossiers() {
        String text = run("dossiers", "--min-articles", "2", SEEDS);
        assertTrue(text.contains("Immigration"), text);
        assertTrue(text.contains("apology"), text);
        assertTrue(!text.contains("Macroeconomics"), "one-article dossiers are hidden");
    }
}
