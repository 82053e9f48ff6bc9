package nl.binnenhof.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Requests the API cannot answer as asked get a 4xx with a message that says what to send instead. */
class ApiErrorsTest {
    private final TestServer server = TestServer.get();

    private JsonNode error(int status, String path) {
        TestServer.Answer a = server.get(path);
        assertEquals(status, a.status(), path + " → " + a.body());
        assertTrue(a.contentType().startsWith("application/json"), path + ": " + a.contentType());
        JsonNode body = a.json();
        assertEquals(status, body.path("status").asInt());
        assertFalse(body.path("message").asText().isBlank());
        assertFalse(a.body().contains("Exception") || a.body().contains("at nl."), "no stack traces: " + a.body());
        return body;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "api/search?limit=101                          | 'limit' must be a whole number from 1 to 100",
        "api/search?limit=abc                          | 'limit' must be a whole number",
        "api/search?offset=-1                          | 'offset' must be a whole number from 0",
        "api/search?offset=9990&limit=20               | offset + limit may be at most 10000",
        "api/search?colour=red                         | unknown parameter 'colour'",
        "api/search?q=a&q=b                            | 'q' is given 2 times",
        "api/search?from=2023-13                       | 'from' must be a date written YYYY, YYYY-MM or YYYY-MM-DD",
        "api/search?from=gisteren                      | 'from' must be a date",
        "api/search?from=2024&to=2023                  | ends (2023-12-31) before it starts",
        "api/search?q=%22kabinet                       | cannot parse the query",
        "api/search?q=colour:red                       | colour",
        "api/search?order=random                       | 'order' must be one of relevance, newest, oldest",
        "api/quotes?kind=shouted                       | 'kind' must be one of direct, mixed, indirect",
        "api/actors?type=animal                        | 'type' must be one of person, party, organisation",
        "api/timeline                                  | give exactly one of actor, party or q",
        "api/timeline?actor=Rutte&q=formatie           | give exactly one of actor, party or q",
        "api/timeline?q=formatie&by=year               | 'by' must be one of day, week, month",
        "api/network?maxNodes=5000                     | 'maxNodes' must be a whole number from 2 to 200",
        "api/network?personsOnly=yes                   | 'personsOnly' must be true or false",
        "api/export/quotes?format=xlsx                 | 'format' must be one of jsonl, csv",
        "api/parliament/coalition                      | name the coalition's parties",
        "api/parliament/coalition?parties=VVD,Piraten  | unknown party 'Piraten'",
        "api/parliament/coalition?parties=VVD&on=2009-05-01 | the parliament model covers 2010-01-01 to today",
        "api/parliament/coalition?parties=VVD&on=1-5-2023   | 'on' must be a day written YYYY-MM-DD",
        "api/parliament/seats?chamber=senaat           | 'chamber' must be one of tk, ek",
        "api/dossiers?topic=asiel                      | 'topic' must be a whole number from 0 to 99",
        "api/dossiers?order=loudest                    | 'order' must be one of newest, oldest, largest",
    })
    void badParametersAreRefusedWithAMessage(String path, String expected) {
        String message = error(400, path.strip()).path("message").asText();
        assertTrue(message.contains(expected.strip()), message);
    }

    @Test
    void controlCharactersAndOverlongTextAreRefused() {
        assertTrue(error(400, "api/search?q=kabinet%00").path("message").asText().contains("control characters"));
        assertTrue(error(400, "api/search?q=" + "a".repeat(1001)).path("message").asText()
                .contains("at most 1000 characters"));
    }

    @Test
    void unknownNamesAndIdsAre404() {
        assertTrue(error(404, "api/actors/" + TestServer.encode("Jan Modaal")).path("message").asText()
                .contains("/api/actors?match=Modaal"));
        error(404, "api/parties/Piratenpartij");
        error(404, "api/articles/no-such-article");
        error(404, "api/timeline?actor=Jan%20Modaal");
        error(404, "api/network?actor=Jan%20Modaal");
        assertTrue(error(404, "api/nothing-here").path("message").asText().contains("/api/openapi.json"));
    }

    @Test
    void onlyGetIsAnswered() {
        TestServer.Answer a = server.send(HttpRequest.newBuilder(server.base.resolve("api/search"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(405, a.status(), a.body());
        assertTrue(a.json().path("message").asText().contains("only GET"));
    }

    @Test
    void requestsOverTheSizeLimitsAreRefused() {
        TestServer.Answer body = server.send(HttpRequest.newBuilder(server.base.resolve("api/search"))
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(200_000))).build());
        assertTrue(body.status() == 413 || body.status() == 405, "a large body: " + body.status());
        TestServer.Answer url = server.get("api/search?q=" + "a".repeat(20_000));
        assertTrue(url.status() == 414 || url.status() == 431, "a 20 kB URL: " + url.status());
        TestServer.Answer header = server.send(HttpRequest.newBuilder(server.base.resolve("api/stats"))
                .header("X-Filler", "y".repeat(20_000)).build());
        assertEquals(431, header.status(), "a 20 kB header");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        TestServer.Answer a = server.get("api/search?limit=101");
        assertEquals("nosniff", a.raw().headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(a.raw().headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertEquals("no-store", a.raw().headers().firstValue("Cache-Control").orElse(""));
    }
}
