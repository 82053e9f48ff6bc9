package nl.binnenhof.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import nl.binnenhof.read.Article;

/** The store's small parts: Dutch text analysis, dates, content hashes, the data directory. */
class TextAndDatesTest {

    private static List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (DutchText analyzer = new DutchText(); TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void inflectionsOfAWordShareOneStem() throws IOException {
        assertEquals(tokens("onderhandeling"), tokens("onderhandelingen"));
        assertEquals(tokens("kabinet"), tokens("kabinetten"));
        assertNotEquals(tokens("kabinet"), tokens("kamer"));
    }

    @Test
    void theRememberedStemsAreSnowballsOwnOnARealArticleReadTwice() throws IOException {
        String text = java.nio.file.Files.readString(Corpus.path("seeds/002_1f7b86238e898ac0.txt"));
        List<String> snowball = new ArrayList<>();
        try (org.apache.lucene.analysis.standard.StandardTokenizer tokenizer =
                new org.apache.lucene.analysis.standard.StandardTokenizer();
             TokenStream ts = new org.apache.lucene.analysis.snowball.SnowballFilter(
                     new org.apache.lucene.analysis.LowerCaseFilter(tokenizer),
                     new org.tartarus.snowball.ext.DutchStemmer())) {
            tokenizer.setReader(new java.io.StringReader(text));
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                snowball.add(term.toString());
            }
            ts.end();
        }
        assertTrue(snowball.size() > 300);
        assertEquals(snowball, tokens(text));
        assertEquals(snowball, tokens(text), "the second time from memory");
    }

    @Test
    void compoundsWithAHyphenSplitAndCaseAndDiaeresisFold() throws IOException {
        assertEquals(List.of("vvd", "premier"), tokens("VVD-premier"));
        assertEquals(tokens("beedigd"), tokens("beëdigd"));
    }

    @Test
    void aDateStandsForItsFirstDayAndARangeEndsOnItsLastDay() {
        assertEquals(LocalDate.of(2023, 7, 1), Days.firstDay("2023-07"));
        assertEquals(LocalDate.of(2023, 7, 31), Days.lastDay("2023-07"));
        assertEquals(LocalDate.of(2024, 2, 29), Days.lastDay("2024-02"));
        assertEquals(LocalDate.of(2021, 1, 1), Days.firstDay("2021"));
        assertEquals(LocalDate.of(2021, 12, 31), Days.lastDay("2021"));
        assertEquals(LocalDate.of(2023, 7, 14), Days.firstDay("2023-07-14"));
        assertNull(Days.firstDay("2023-13"));
        assertNull(Days.firstDay("juli 2023"));
        assertNull(Days.firstDay(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Days.bound("gisteren", false));
        assertEquals("not a date: \"gisteren\"; give YYYY, YYYY-MM or YYYY-MM-DD", e.getMessage());
    }

    @Test
    void theHashFollowsWhatTheAnalysisSeesNotWhereItWasRead() {
        Article a = new Article("x", "Rutte zei niets.", "2023-07", null, null, "a.txt");
        assertEquals(ContentHash.of(a), ContentHash.of(new Article("x", "Rutte zei niets.", "2023-07", null, null,
                "b.jsonl:3")));
        assertNotEquals(ContentHash.of(a), ContentHash.of(a.withDate("2023-08")));
        assertNotEquals(ContentHash.of(a), ContentHash.of(new Article("x", "Rutte zei iets.", "2023-07", null, null,
                "a.txt")));
        // a null and an empty title differ, and so does text moved into the title
        assertNotEquals(ContentHash.of(new Article("x", "t", null, null, null, "o")),
                ContentHash.of(new Article("x", "t", null, "", null, "o")));
    }

    @Test
    void theDataDirectoryIsTheOptionElseTheEnvironmentElseDotData() {
        Path cwd = Path.of("").toAbsolutePath();
        assertEquals(cwd.resolve("mine"), DataDirectory.resolve("mine", Map.of("BINNENHOF_DATA", "/env")).root());
        assertEquals(Path.of("/env"), DataDirectory.resolve(null, Map.of("BINNENHOF_DATA", "/env")).root());
        assertEquals(cwd.resolve("data"), DataDirectory.resolve(" ", Map.of()).root());
        assertEquals(cwd.resolve("data/index"), DataDirectory.resolve(null, Map.of()).index());
    }
}
