package nl.binnenhof.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.binnenhof.analysis.eval.Scorer;
import nl.binnenhof.analysis.eval.Scores;
import nl.binnenhof.read.Article;

/** eval's figures equal shared/tools/score.py's, and the analysis clears the bars on the gold files. */
class EvaluationTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void javaScoresEqualScorePyOnTheGoldFiles(@TempDir Path tmp) throws Exception {
        Path corpus = Path.of(System.getProperty("binnenhof.corpus", "../shared/corpus"));
        List<JsonNode> gold = new ArrayList<>();
        for (String file : List.of("gold/seeds.jsonl", "gold/dev.jsonl")) {
            for (String line : Files.readAllLines(corpus.resolve(file), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    gold.add(MAPPER.readTree(line));
                }
            }
        }
        Analyzer analyzer = Analyzer.create();
        List<JsonNode> predicted = new ArrayList<>();
        StringBuilder goldLines = new StringBuilder();
        StringBuilder predictedLines = new StringBuilder();
        for (JsonNode g : gold) {
            Article article = new Article(g.path("id").asText(), g.path("text").asText(),
                    g.path("date").isNull() ? null : g.path("date").asText(null), null, null, "gold");
            String json = AnalysisJson.toJson(analyzer.analyze(article));
            predicted.add(MAPPER.readTree(json));
            goldLines.append(MAPPER.writeValueAsString(g)).append('\n');
            predictedLines.append(json).append('\n');
        }
        Scores scores = Scorer.score(gold, predicted);

        Path goldFile = Files.writeString(tmp.resolve("gold.jsonl"), goldLines);
        Path predictedFile = Files.writeString(tmp.resolve("pred.jsonl"), predictedLines);
        Process p = new ProcessBuilder("python3", corpus.resolve("../tools/score.py").toString(), goldFile.toString(),
                predictedFile.toString()).redirectErrorStream(true).start();
        List<String> out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.waitFor(), String.join("\n", out));
        assertEquals(out.get(out.size() - 1), scores.summary());

        assertTrue(scores.persons.f1() >= 0.95, scores.summary());
        assertTrue(scores.parties.f1() >= 0.98, scores.summary());
        assertTrue(scores.affiliation.accuracy() >= 0.95, scores.summary());
        assertTrue(scores.quotes.f1() >= 0.95, scores.summary());
        assertTrue(scores.speakers.accuracy() >= 0.92, scores.summary());
        assertTrue(scores.positions.f1() >= 0.70, scores.summary());
    }

    @Test
    void scorerCountsMissesAndExtras() throws IOException {
        JsonNode gold = MAPPER.readTree("{\"id\":\"a\",\"persons\":[{\"name\":\"Mark Rutte\",\"party\":\"VVD\"}],"
                + "\"parties\":[\"CU\"],\"quotes\":[{\"text\":\"een twee drie vier\",\"speaker\":\"Mark Rutte\"}]}");
        JsonNode predicted = MAPPER.readTree("{\"id\":\"a\",\"persons\":[{\"name\":\"Rutte\",\"party\":\"CDA\"},"
                + "{\"name\":\"Jan Jansen\"}],\"parties\":[\"ChristenUnie\"],\"quotes\":[{\"text\":\"een twee drie vier\","
                + "\"speaker\":\"Rutte\"}]}");
        Scores s = Scorer.score(List.of(gold), List.of(predicted));
        assertEquals(1, s.persons.tp());
        assertEquals(1, s.persons.fp());
        assertEquals(0.0, s.affiliation.accuracy());
        assertEquals(1.0, s.parties.f1());
        assertEquals(1.0, s.speakers.accuracy());
    }
}
