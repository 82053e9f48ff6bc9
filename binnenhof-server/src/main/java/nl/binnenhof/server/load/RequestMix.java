package nl.binnenhof.server.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The requests a load run sends: what a newsroom's users ask of the server, with names and ids taken from the
 * store it serves (its most named persons and parties, its articles, its largest dossiers once the server has
 * computed them), so every request has a real answer. Each
 * request has a kind, under which its latency is reported.
 */
public final class RequestMix {
    /** Words a user searches for; they are queries, not text from the articles. */
    private static final List<String> WORDS = List.of("kabinet", "coalitie", "formatie", "asiel", "begroting",
            "Kamer", "minister", "verkiezingen", "akkoord", "oppositie", "premier", "migratie");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request: its kind (for the report) and its path and query. */
    public record Request(String kind, String path) {
    }

    private final List<Request> requests;

    private RequestMix(List<Request> requests) {
        this.requests = List.copyOf(requests);
    }

    /** Asks the server for its most named persons and parties and some article ids, and builds the mix. */
    public static RequestMix discover(HttpClient client, URI base) throws IOException, InterruptedException {
        List<String> persons = names(get(client, base, "api/actors?type=person&limit=20"));
        List<String> parties = names(get(client, base, "api/parties?limit=10"));
        List<String> ids = new ArrayList<>();
        get(client, base, "api/search?order=newest&limit=20").path("items").forEach(a -> ids.add(a.path("id").asText()));
        List<String> dossiers = dossiers(client, base);
        if (persons.isEmpty() || parties.isEmpty() || ids.isEmpty()) {
            throw new IOException("the server's store holds too little to load it (no persons, parties or articles)");
        }
        List<Request> mix = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String word = WORDS.get(i % WORDS.size());
            String person = persons.get(i % persons.size());
            String party = parties.get(i % parties.size());
            String id = ids.get(i % ids.size());
            mix.add(new Request("search", "api/search?q=" + encode(word)));
            mix.add(new Request("search", "api/search?person=" + encode(person) + "&order=newest"));
            mix.add(new Request("quotes", "api/quotes?speaker=" + encode(person)));
            mix.add(new Request("quotes", "api/quotes?q=" + encode(word) + "&party=" + encode(party)));
            mix.add(new Request("actor", "api/actors/" + encodePath(person)));
            mix.add(new Request("party", "api/parties/" + encodePath(party)));
            mix.add(new Request("timeline", "api/timeline?actor=" + encode(person)));
            mix.add(new Request("network", "api/network?actor=" + encode(person) + "&maxNodes=25"));
            mix.add(new Request("article", "api/articles/" + encodePath(id)));
            mix.add(new Request("coalition", "api/parliament/coalition?parties=VVD,CDA&on=20" + (11 + i % 14) + "-06-01"));
            if (!dossiers.isEmpty()) {
                mix.add(new Request("dossier", "api/dossiers/" + encodePath(dossiers.get(i % dossiers.size()))));
            }
            if (i % 5 == 0) {
                mix.add(new Request("network", "api/network?minWeight=3"));
                mix.add(new Request("dossier", "api/dossiers?actor=" + encode(person)));
                mix.add(new Request("ui", ""));
                mix.add(new Request("ui", "app.js"));
                mix.add(new Request("stats", "api/stats"));
            }
        }
        return new RequestMix(mix);
    }

    public int size() {
        return requests.size();
    }

    public Request get(long n) {
        return requests.get((int) (n % requests.size()));
    }

    private static JsonNode get(HttpClient client, URI base, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** The ids of the largest dossiers; none while the server is still computing them (503). */
    private static List<String> dossiers(HttpClient client, URI base) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(
                "api/dossiers?order=largest&limit=20")).build(), HttpResponse.BodyHandlers.ofString());
        List<String> ids = new ArrayList<>();
        if (response.statusCode() == 200) {
            JSON.readTree(response.body()).path("items").forEach(d -> ids.add(d.path("id").asText()));
        }
        return ids;
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.path("items").forEach(a -> names.add(a.path("name").asText()));
        return names;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String encodePath(String value) {
        return encode(value).replace("+", "%20");
    }
}
