package nl.binnenhof.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.binnenhof.parliament.Parliament;
import nl.binnenhof.query.Archive;
import nl.binnenhof.store.DataDirectory;
import nl.binnenhof.store.IngestListener;
import nl.binnenhof.store.IngestOptions;
import nl.binnenhof.store.StoreWriter;

/**
 * One server for all tests of this module, on a free loopback port, over a store ingested once from the real
 * articles of the shared corpus (system property binnenhof.corpus: the seeds and raw/politics.jsonl) plus one
 * article written here whose text carries a script and HTML, to check that they are shown as text.
 */
final class TestServer {
    /** The id of the article with a script in it. */
    static final String HOSTILE_ID = "hostile-markup";
    static final String SCRIPT = "<script>window.__binnenhofXss = 1; alert(1)</script>";
    static final String IMAGE = "<img src=x onerror=\"window.__binnenhofXss = 2\">";
    static final String BOLD = "<b>vet gedrukt</b>";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer instance;

    final URI base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private TestServer(URI base) {
        this.base = base;
    }

    /** A response: status, content type and body. */
    record Answer(int status, String contentType, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    static synchronized TestServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    static Path corpus() {
        Path dir = Path.of(System.getProperty("binnenhof.corpus", "../shared/corpus"));
        if (!Files.isDirectory(dir.resolve("seeds"))) {
            throw new IllegalStateException("the shared corpus is not at " + dir.toAbsolutePath()
                    + "; set -Dbinnenhof.corpus");
        }
        return dir;
    }

    private static TestServer start() {
        try {
            Path work = Files.createTempDirectory("binnenhof-server-test");
            Path hostile = work.resolve("hostile.jsonl");
            Files.writeString(hostile, JSON.writeValueAsString(Map.of(
                    "id", HOSTILE_ID,
                    "date", "2024-05-14",
                    "title", "Kamer debatteert over " + BOLD + " " + IMAGE,
                    "source", "javascript:window.__binnenhofXss = 3",
                    "text", "Premier Mark Rutte zei dinsdag in de Tweede Kamer: \"" + SCRIPT + " is geen antwoord "
                            + "op de vragen van de Kamer.\" PVV-leider Geert Wilders reageerde met " + BOLD
                            + " taal en een plaatje: " + IMAGE + ". Volgens Wilders is het <a href=\"javascript:"
                            + "window.__binnenhofXss = 4\">een schande</a>.")) + "\n");
            DataDirectory data = new DataDirectory(work.resolve("data"));
            try (StoreWriter writer = StoreWriter.open(data)) {
                writer.ingest(List.of(corpus().resolve("seeds").toString(),
                                corpus().resolve("raw/politics.jsonl").toString(), hostile.toString()),
                        IngestOptions.defaults(), IngestListener.NONE);
            }
            Archive archive = Archive.open(data);
            BinnenhofServer server = BinnenhofServer.start(archive, Parliament.bundled(),
                    ServerOptions.defaults().withPort(0));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                try {
                    archive.close();
                } catch (IOException e) {
                    // the JVM is ending
                }
            }));
            return new TestServer(server.address("127.0.0.1"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the dossiers are computed (the server does it in the background after it starts). */
    void awaitDossiers() {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(120).toNanos();
        while (get("api/dossiers?limit=1").status() == 503) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the dossiers were not computed within 120 s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The id of the dossier that holds the seed article about the migration package of July 2023. */
    String migrationDossier() {
        awaitDossiers();
        for (JsonNode d : get("api/dossiers?limit=100&minArticles=1").json().path("items")) {
            String id = d.path("id").asText();
            if (get("api/dossiers/" + id).json().path("articles").toString().contains("001_c04cf5d71b904dc6")) {
                return id;
            }
        }
        throw new IllegalStateException("no dossier holds the seed article 001_c04cf5d71b904dc6");
    }

    Answer get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET().build());
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
