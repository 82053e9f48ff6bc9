package nl.binnenhof.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The OpenAPI document matches the server: every documented path answers 200 with the documented properties,
 * when called with the documented examples and with real names and ids from the store in its path.
 */
class OpenApiTest {
    private final TestServer server = TestServer.get();

    private JsonNode document() {
        TestServer.Answer a = server.get("api/openapi.json");
        assertEquals(200, a.status());
        return a.json();
    }

    @Test
    void theDocumentIsOpenApi31WithEveryOperationDescribed() {
        JsonNode doc = document();
        assertEquals("3.1.0", doc.path("openapi").asText());
        assertTrue(doc.path("paths").size() >= 15, doc.path("paths").toString());
        doc.path("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().path("get");
            assertFalse(get.isMissingNode(), path.getKey());
            assertFalse(get.path("summary").asText().isBlank(), path.getKey());
            assertTrue(get.path("responses").has("200") && get.path("responses").has("400"), path.getKey());
            for (JsonNode p : get.path("parameters")) {
                assertFalse(p.path("description").asText().isBlank(), path.getKey() + " " + p);
                assertTrue(p.has("schema"), path.getKey() + " " + p);
            }
        });
    }

    @Test
    void everyDocumentedPathAnswersWithTheDocumentedProperties() {
        JsonNode doc = document();
        String dossier = server.migrationDossier();
        Map<String, String> pathValues = Map.of(
                "id", server.get("api/search?q=kabinet&limit=1").json().path("items").get(0).path("id").asText(),
                "name", "Mark Rutte");
        List<String> failures = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> entry = paths.next();
            String path = entry.getKey();
            JsonNode get = entry.getValue().path("get");
            StringBuilder url = new StringBuilder(path.substring(1));
            List<String> query = new ArrayList<>();
            for (JsonNode p : get.path("parameters")) {
                String name = p.path("name").asText();
                if (p.path("in").asText().equals("path")) {
                    String value = path.startsWith("/api/parties/") ? "VVD"
                            : path.startsWith("/api/dossiers/") ? dossier : pathValues.get(name);
                    url.replace(0, url.length(), url.toString().replace("{" + name + "}", TestServer.encode(value)));
                } else if (p.has("example")) {
                    query.add(name + "=" + TestServer.encode(p.path("example").asText()));
                }
            }
            if (!query.isEmpty()) {
                url.append('?').append(String.join("&", query));
            }
            TestServer.Answer answer = server.get(url.toString());
            if (answer.status() != 200) {
                failures.add(url + " → " + answer.status() + " " + answer.body());
                continue;
            }
            JsonNode json = get.path("responses").path("200").path("content").path("application/json");
            if (!json.isMissingNode()) {
                JsonNode schema = resolve(doc, json.path("schema"));
                JsonNode body = answer.json();
                for (JsonNode required : schema.path("required")) {
                    if (!body.has(required.asText())) {
                        failures.add(url + " lacks the documented property " + required.asText());
                    }
                }
                for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (!schema.path("properties").has(name)) {
                        failures.add(url + " answers the undocumented property " + name);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema
                : doc.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
    }
}
