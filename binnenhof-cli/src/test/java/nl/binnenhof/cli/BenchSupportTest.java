package nl.binnenhof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.binnenhof.read.Article;

/** The generated benchmark corpus and the progress bar's estimate of input size. */
class BenchSupportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void theCorpusIsMadeOfRealSentencesOnlyAndTheSameForASeed() throws IOException {
        List<Article> real = Corpus.raw();
        SyntheticCorpus corpus = new SyntheticCorpus(real);
        Path a = tmp.resolve("a.jsonl");
        Path b = tmp.resolve("b.jsonl");
        corpus.write(a, 300, 5);
        corpus.write(b, 300, 5);
        assertEquals(Files.readString(a), Files.readString(b));
        Set<String> realDates = new HashSet<>();
        StringBuilder allText = new StringBuilder();
        for (Article r : real) {
            allText.append(r.text().replaceAll("\\s+", "")).append('\n');
            realDates.add(r.date() == null ? null : r.date().substring(0, 7));
        }
        List<String> lines = Files.readAllLines(a);
        assertEquals(300, lines.size());
        for (String line : lines.subList(0, 30)) {
            Map<?, ?> record = JSON.readValue(line, Map.class);
            String date = (String) record.get("date");
            assertTrue(realDates.contains(date == null ? null : date.substring(0, 7)), date);
            for (String paragraph : ((String) record.get("text")).split("\n\n")) {
                // compared without white space: sentences are joined with a space, even where none was
                assertTrue(allText.indexOf(paragraph.replaceAll("\\s+", "")) >= 0, "not real: " + paragraph);
            }
        }
    }

    @Test
    void theInputEstimateCountsArticlesInFilesAndFolders() {
        assertEquals(202, InputSize.estimate(List.of(Corpus.path("raw/politics.jsonl").toString())));
        assertEquals(207, InputSize.estimate(List.of(Corpus.path("raw/politics.jsonl").toString(),
                Corpus.path("seeds").toString())));
        assertEquals(-1, InputSize.estimate(List.of("-")));
    }
}
