package nl.binnenhof.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Results written as CSV and JSON Lines read back as they were. */
class ExportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Archive archive = TestStore.archive();

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    @Test
    void aQuoteExportHoldsEveryQuoteAndSurvivesCommasQuotesAndNewlines() throws IOException {
        QuoteQuery query = new QuoteQuery(null, "VVD", null, null, null);
        StringWriter out = new StringWriter();
        Exports.RowWriter rows = Exports.writer(Exports.Format.CSV, out);
        long n = archive.exportQuotes(query, rows::write);
        rows.finish();
        List<CSVRecord> records = csv(out.toString());
        assertEquals(n, records.size());
        assertEquals(archive.quotes(query, Paging.first(1)).total(), n);
        List<QuoteHit> page = archive.quotes(query, new Paging(0, 1000)).items();
        for (CSVRecord r : records) {
            assertEquals("VVD", r.get("speakerParty"));
            QuoteHit same = page.stream().filter(q -> q.articleId().equals(r.get("articleId"))
                    && q.index() == Integer.parseInt(r.get("index"))).findFirst().orElseThrow();
            assertEquals(same.text(), r.get("text"));
            assertEquals(same.sentence(), r.get("sentence"));
        }
    }

    @Test
    void articlesExportAsJsonLinesWithTheirWholeAnalysis() throws IOException {
        StringWriter out = new StringWriter();
        Exports.RowWriter rows = Exports.writer(Exports.Format.JSONL, out);
        long n = archive.exportArticles(new ArticleQuery("migratiepakket", null, null, null, null), rows::write);
        rows.finish();
        List<String> lines = out.toString().lines().toList();
        assertEquals(n, lines.size());
        assertEquals(archive.search(ArticleQuery.text("migratiepakket"), Paging.first(1)).total(), n);
        String previous = "";
        for (String line : lines) {
            Map<?, ?> article = JSON.readValue(line, Map.class);
            Map<?, ?> analysis = (Map<?, ?>) article.get("analysis");
            assertEquals(article.get("id"), analysis.get("id"));
            assertTrue(analysis.containsKey("quotes"));
            String date = article.get("date") == null ? "~" : (String) article.get("date");
            assertTrue(previous.compareTo(date) <= 0, "oldest first: " + previous + " then " + date);
            previous = date;
        }
    }

    @Test
    void tablesExportTheirRowsWithListsJoinedAndNestingAsJson() throws IOException {
        Timeline t = archive.timeline(new TimelineQuery(TimelineQuery.Subject.PARTY, "D66",
                TimelineQuery.Granularity.MONTH, null));
        StringWriter out = new StringWriter();
        Exports.write(t, Exports.Format.CSV, out);
        List<CSVRecord> records = csv(out.toString());
        assertEquals(t.buckets().size(), records.size());
        assertEquals(String.valueOf(t.buckets().get(0).articles()), records.get(0).get("articles"));

        List<MentionRow> mentions = new ArrayList<>();
        archive.exportMentions("Mark Rutte", null, null, mentions::add);
        StringWriter rowsOut = new StringWriter();
        Exports.write(new Page<>(mentions, mentions.size(), 0), Exports.Format.CSV, rowsOut);
        CSVRecord withRoles = csv(rowsOut.toString()).stream().filter(r -> r.get("roles").contains("; "))
                .findFirst().orElseThrow();
        assertTrue(withRoles.get("roles").split("; ").length >= 2);

        StringWriter profile = new StringWriter();
        Exports.writeOne(archive.actor("Mark Rutte").orElseThrow(), Exports.Format.CSV, profile);
        CSVRecord row = csv(profile.toString()).get(0);
        assertEquals("Mark Rutte", JSON.readTree(row.get("actor")).get("name").asText());
    }
}
