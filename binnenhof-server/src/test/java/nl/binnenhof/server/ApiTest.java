package nl.binnenhof.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The endpoints answer what they promise, on a store of real articles. */
class ApiTest {
    private final TestServer server = TestServer.get();

    private JsonNode ok(String path) {
        TestServer.Answer a = server.get(path);
        assertEquals(200, a.status(), path + " → " + a.body());
        assertTrue(a.contentType().startsWith("application/json"), a.contentType());
        return a.json();
    }

    @Test
    void searchFindsArticlesWithSnippetsAndHighlights() {
        JsonNode page = ok("api/search?q=kabinet&limit=5");
        assertTrue(page.path("total").asLong() > 5, page.toString());
        assertEquals(5, page.path("items").size());
        JsonNode hit = page.path("items").get(0);
        String snippet = hit.path("snippet").asText();
        JsonNode first = hit.path("highlights").get(0);
        assertTrue(snippet.substring(first.get(0).asInt(), first.get(1).asInt()).toLowerCase().startsWith("kabinet"),
                snippet);
    }

    @Test
    void searchPagesDoNotOverlap() {
        JsonNode one = ok("api/search?q=kabinet&limit=3&offset=0");
        JsonNode two = ok("api/search?q=kabinet&limit=3&offset=3");
        assertEquals(3, two.path("offset").asInt());
        List<String> ids = new ArrayList<>();
        one.path("items").forEach(h -> ids.add(h.path("id").asText()));
        two.path("items").forEach(h -> assertFalse(ids.contains(h.path("id").asText()), h.toString()));
    }

    @Test
    void searchByPersonAndDates() {
        JsonNode page = ok("api/search?person=Rutte&from=2023&to=2023&order=newest&limit=50");
        assertTrue(page.path("total").asLong() > 0, page.toString());
        for (JsonNode hit : page.path("items")) {
            assertTrue(hit.path("persons").toString().contains("Mark Rutte"), hit.toString());
            assertTrue(hit.path("date").asText().startsWith("2023"), hit.toString());
        }
    }

    @Test
    void anArticleComesWithItsTextAndAnalysisWhoseOffsetsPointIntoIt() {
        JsonNode article = ok("api/articles/000_12c99f56c81566fe");
        String text = article.path("text").asText();
        JsonNode quote = article.path("analysis").path("quotes").get(0);
        assertEquals(quote.path("text").asText(), text.substring(quote.path("begin").asInt(), quote.path("end").asInt()));
        JsonNode person = article.path("analysis").path("persons").get(0);
        JsonNode mention = person.path("mentions").get(0);
        assertEquals(mention.path("text").asText(),
                text.substring(mention.path("begin").asInt(), mention.path("end").asInt()));
    }

    @Test
    void quotesBySpeakerComeWithTheirSourceSentence() {
        JsonNode page = ok("api/quotes?speaker=rutte&limit=20");
        assertTrue(page.path("total").asLong() >= 20, page.toString());
        for (JsonNode q : page.path("items")) {
            assertEquals("Mark Rutte", q.path("speaker").asText());
            String sentence = q.path("sentence").asText();
            int from = q.path("begin").asInt() - q.path("sentenceBegin").asInt();
            int to = q.path("end").asInt() - q.path("sentenceBegin").asInt();
            assertEquals(q.path("text").asText(), sentence.substring(from, to), q.toString());
        }
    }

    @Test
    void quotesByPartyKindAndDate() {
        JsonNode page = ok("api/quotes?party=VVD&kind=direct&from=2023-07&to=2023-07&limit=50");
        for (JsonNode q : page.path("items")) {
            assertEquals("VVD", q.path("speakerParty").asText(), q.toString());
            assertEquals("direct", q.path("kind").asText());
            assertTrue(q.path("date").asText().startsWith("2023-07"), q.toString());
        }
    }

    @Test
    void actorsAndProfiles() {
        JsonNode actors = ok("api/actors?type=person&limit=10");
        assertEquals(10, actors.path("items").size());
        actors.path("items").forEach(a -> assertEquals("person", a.path("type").asText()));
        JsonNode profile = ok("api/actors/" + TestServer.encode("Mark Rutte"));
        assertEquals("Mark Rutte", profile.path("actor").path("name").asText());
        assertEquals("VVD", profile.path("actor").path("party").asText());
        assertTrue(profile.path("coMentioned").size() > 0);
        assertEquals("Mark Rutte", ok("api/actors/rutte").path("actor").path("name").asText(),
                "a name as typed resolves");
        JsonNode party = ok("api/parties/vvd");
        assertEquals("VVD", party.path("party").path("name").asText());
        assertTrue(party.path("members").toString().contains("Mark Rutte"));
        assertTrue(ok("api/parties?limit=50").path("items").size() > 5);
    }

    @Test
    void timelinesForActorPartyAndQuery() {
        JsonNode actor = ok("api/timeline?actor=Rutte&by=month");
        assertEquals("Mark Rutte", actor.path("name").asText());
        assertTrue(actor.path("buckets").size() > 1);
        long articles = 0;
        for (JsonNode b : actor.path("buckets")) {
            articles += b.path("articles").asLong();
        }
        assertTrue(articles > 10, actor.toString());
        assertTrue(ok("api/timeline?party=CDA&by=week").path("buckets").size() > 1);
        assertTrue(ok("api/timeline?q=formatie&from=2017&to=2022").path("buckets").size() >= 1);
    }

    @Test
    void networksWholeAndAroundAnActor() {
        JsonNode whole = ok("api/network?maxNodes=20&minWeight=2");
        assertTrue(whole.path("nodes").size() > 2 && whole.path("nodes").size() <= 20, whole.toString());
        assertTrue(whole.path("edges").size() > 0);
        JsonNode ego = ok("api/network?actor=Rutte&scope=sentence&personsOnly=true");
        assertTrue(ego.path("nodes").toString().contains("Mark Rutte"), ego.toString());
        ego.path("nodes").forEach(n -> assertFalse(n.path("type").asText().equals("party"), n.toString()));
    }

    @Test
    void exportsStreamTheWholeResultAsJsonLinesOrCsv() {
        long total = ok("api/quotes?speaker=Rutte&limit=1").path("total").asLong();
        TestServer.Answer jsonl = server.get("api/export/quotes?speaker=Rutte");
        assertEquals(200, jsonl.status());
        assertTrue(jsonl.contentType().startsWith("application/x-ndjson"), jsonl.contentType());
        assertTrue(jsonl.raw().headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        assertEquals(total, jsonl.body().lines().count());
        TestServer.Answer csv = server.get("api/export/quotes?speaker=Rutte&format=csv");
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.body().startsWith("articleId,"), csv.body().substring(0, 80));
        TestServer.Answer mentions = server.get("api/export/mentions?actor=Rutte&format=csv");
        assertEquals(200, mentions.status(), mentions.body());
        TestServer.Answer articles = server.get("api/export/articles?q=formatie");
        assertEquals(ok("api/search?q=formatie&limit=1").path("total").asLong(), articles.body().lines().count());
    }

    @Test
    void theCoalitionCalculatorAndTheSeats() {
        JsonNode report = ok("api/parliament/coalition?parties=VVD,D66,CDA,CU&on=2023-07-01");
        assertEquals(List.of("TK", "EK"), List.of(report.path("chambers").get(0).path("chamber").asText(),
                report.path("chambers").get(1).path("chamber").asText()));
        assertEquals(78, report.path("chambers").get(0).path("seats").asInt(), report.toString());
        assertFalse(report.path("majorityInBoth").asBoolean(), "Rutte IV lacked an Eerste Kamer majority in 2023");
        assertEquals("found", report.path("additions").path("outcome").asText());
        assertEquals("Rutte IV", report.path("cabinet").path("name").asText());
        JsonNode seats = ok("api/parliament/seats?on=2013-10-01&chamber=tk");
        assertEquals(1, seats.path("chambers").size());
        int sum = 0;
        for (JsonNode f : seats.path("chambers").get(0).path("fracties")) {
            sum += f.path("seats").asInt();
        }
        assertEquals(150, sum);
    }

    @Test
    void dossiersGroupArticlesWithATimelineAndAPositionMatrix() {
        server.awaitDossiers();
        JsonNode page = ok("api/dossiers?minArticles=2&order=largest&limit=5");
        assertTrue(page.path("total").asLong() > 0, page.toString());
        JsonNode largest = page.path("items").get(0);
        assertTrue(largest.path("articles").asInt() >= 2 && largest.path("participants").size() > 0, largest.toString());
        JsonNode dossier = ok("api/dossiers/" + server.migrationDossier());
        assertTrue(dossier.path("timeline").size() >= 3, "the negotiations of July 2023 have events");
        JsonNode event = dossier.path("timeline").get(0);
        String text = ok("api/articles/" + event.path("articleId").asText()).path("text").asText();
        assertEquals(event.path("evidence").asText(),
                text.substring(event.path("sentenceBegin").asInt(), event.path("sentenceEnd").asInt()));
        JsonNode matrix = dossier.path("matrix");
        assertTrue(matrix.path("actors").size() > 0 && matrix.path("cells").size() > 0, matrix.toString());
        for (JsonNode cell : matrix.path("cells")) {
            assertTrue(matrix.path("targets").toString().contains(cell.path("target").asText()));
            cell.path("stances").forEach(st -> assertTrue(List.of("support", "oppose")
                    .contains(st.path("polarity").asText())));
        }
        for (JsonNode d : ok("api/dossiers?actor=rutte&from=2023&to=2023&limit=50").path("items")) {
            assertTrue(d.path("to").asText().compareTo("2023-01-01") >= 0, d.toString());
        }
        assertEquals(404, server.get("api/dossiers/d0-00000000").status());
    }

    @Test
    void statsSayWhatTheStoreHoldsWithoutItsPath() {
        JsonNode stats = ok("api/stats");
        assertTrue(stats.path("articles").asLong() > 200, stats.toString());
        assertFalse(stats.has("dataDirectory"));
    }

    @Test
    void theUiIsServedFromTheSamePortWithASecurityPolicy() {
        TestServer.Answer index = server.get("");
        assertEquals(200, index.status());
        assertTrue(index.body().contains("<script type=\"module\" src=\"app.js\">"), index.body());
        String policy = index.raw().headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), policy);
        TestServer.Answer app = server.get("app.js");
        assertEquals(200, app.status());
        assertTrue(app.contentType().contains("javascript"), app.contentType());
        assertFalse(app.body().contains("//cdn") || app.body().contains("https://unpkg"),
                "the bundle loads nothing from another host");
    }
}
