package nl.binnenhof.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every reader on the real articles of the shared corpus. */
class CorpusReadingTest {

    private static final Path CORPUS = Reading.corpus();
    private static final Map<String, String> SEED_DATES = Map.of(
            "000_12c99f56c81566fe", "",
            "001_c04cf5d71b904dc6", "2023-07",
            "002_1f7b86238e898ac0", "2021-09",
            "003_db0a187e84b59eb5", "2023-07",
            "004_fe59bcc4f5a820d3", "2023-07");

    @Test
    void eachSeedFileIsOneArticleWithItsIdDateAndVerbatimText() throws IOException {
        for (Map.Entry<String, String> seed : SEED_DATES.entrySet()) {
            Path file = CORPUS.resolve("seeds").resolve(seed.getKey() + ".txt");
            Article article = Reading.of(file).only();
            assertEquals(seed.getKey(), article.id());
            assertEquals(seed.getValue().isEmpty() ? null : seed.getValue(), article.date(), seed.getKey());
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), article.text(), seed.getKey());
            assertEquals(file.toString(), article.origin());
            assertNull(article.title());
            assertNull(article.source());
        }
    }

    @Test
    void theSeedsFolderGivesAllSeedsSortedByPath() {
        Reading reading = Reading.of(CORPUS.resolve("seeds"));
        assertEquals(SEED_DATES.keySet().stream().sorted().toList(), reading.ids());
        assertEquals(List.of(), reading.problems());
        assertTrue(reading.summary().complete());
    }

    @Test
    void rawPoliticsGivesAll202ArticlesInFileOrderWithTheirFields() throws IOException {
        Path file = CORPUS.resolve("raw/politics.jsonl");
        List<JsonNode> records = records(file);
        Reading reading = Reading.of(file);

        assertEquals(List.of(), reading.problems());
        assertEquals(202, reading.articles().size());
        for (int i = 0; i < records.size(); i++) {
            JsonNode record = records.get(i);
            Article article = reading.articles().get(i);
            assertEquals(record.get("id").asText(), article.id());
            assertEquals(record.get("text").asText(), article.text());
            assertEquals(record.get("source").isNull() ? null : record.get("source").asText(), article.source());
            // the record's own date wins over a (more precise) date line in its text
            assertEquals(record.get("date").isNull() ? null : record.get("date").asText(), article.date());
            assertEquals(file + ":" + (i + 1), article.origin());
        }
    }

    @Test
    void theGoldSeedsFileHoldsTheSameArticlesAsTheSeedTextFiles() {
        Reading fromGold = Reading.of(CORPUS.resolve("gold/seeds.jsonl"));
        Reading fromText = Reading.of(CORPUS.resolve("seeds"));
        assertEquals(List.of(), fromGold.problems());
        assertEquals(fromText.ids(), fromGold.ids());
        for (int i = 0; i < fromText.articles().size(); i++) {
            assertEquals(fromText.articles().get(i).text(), fromGold.articles().get(i).text());
            assertEquals(fromText.articles().get(i).date(), fromGold.articles().get(i).date());
        }
    }

    @Test
    void theGoldDevFileIsReadDespiteItsAnnotationFields() throws IOException {
        Path file = CORPUS.resolve("gold/dev.jsonl");
        List<JsonNode> records = records(file);
        Reading reading = Reading.of(file);
        assertEquals(List.of(), reading.problems());
        assertEquals(records.stream().map(r -> r.get("id").asText()).toList(), reading.ids());
        assertTrue(reading.articles().stream().anyMatch(a -> a.source() != null && a.source().startsWith("http")));
    }

    @Test
    void theWholeCorpusFolderKeepsTheFirstOfEachDuplicateId() {
        Reading reading = Reading.of(CORPUS);
        // gold/seeds.jsonl sorts before seeds/*.txt, so the seed ids are kept from the gold file
        for (String id : SEED_DATES.keySet()) {
            List<Article> withId = reading.articles().stream().filter(a -> a.id().equals(id)).toList();
            assertEquals(1, withId.size(), id);
            assertTrue(withId.get(0).origin().contains("gold"), withId.get(0).origin());
        }
        assertEquals(SEED_DATES.size(), reading.problems().size(), () -> reading.problems().toString());
        assertTrue(reading.problems().stream().allMatch(p -> p.message().startsWith("duplicate id")
                && p.location().contains("seeds" + java.io.File.separator)));
        assertTrue(reading.summary().ignoredFiles() >= 2, "README.md and SCHEMA.md are passed over");
        assertEquals(SEED_DATES.size(), reading.summary().skipped());
    }

    private static List<JsonNode> records(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).map(l -> {
                try {
                    return mapper.readTree(l);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }
}
