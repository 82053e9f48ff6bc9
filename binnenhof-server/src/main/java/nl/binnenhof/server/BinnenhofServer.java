package nl.binnenhof.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

import nl.binnenhof.parliament.Parliament;
import nl.binnenhof.query.Archive;
import nl.binnenhof.query.QueryException;
import nl.binnenhof.server.api.AnswerCache;
import nl.binnenhof.server.api.Api;
import nl.binnenhof.server.api.ApiError;
import nl.binnenhof.server.api.Endpoint;
import nl.binnenhof.server.dossiers.DossierCatalog;
import nl.binnenhof.server.openapi.OpenApiDocument;

/**
 * {@code binnenhof serve}: one HTTP server on one port with the REST API under {@code /api} (documented at
 * {@code /api/openapi.json}) and the web UI at {@code /}. It answers from an {@link Archive} it shares between
 * requests and looks every few seconds for what an ingest has committed meanwhile.
 *
 * <p>Limits: request headers (and so the URL) at most 16 kB, bodies at most 64 kB (no endpoint takes one), pages
 * at most 100 items, a few exports at a time. Every answer carries a content security policy that allows only the
 * server's own scripts and styles.
 *
 * <p>JSON answers are kept for a few seconds ({@link ServerOptions#cacheFor()}) and identical requests in flight
 * are answered once, so a popular profile or network is computed once however many ask for it at the same time.
 */
public final class BinnenhofServer implements AutoCloseable {
    public static final String VERSION = "0.1.0";
    static final String UI = "/nl/binnenhof/server/ui";
    private static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final long MAX_BODY_BYTES = 64 * 1024;
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** Marks a request whose error answer is written, so the router's own 404 text does not replace it. */
    private static final String ANSWERED = "binnenhof.error-answered";
    private static final Logger LOG = LoggerFactory.getLogger(BinnenhofServer.class);

    /** How often the dossiers are checked against the store, to be computed again after an ingest. */
    private static final Duration DOSSIER_CHECK = Duration.ofSeconds(30);

    private final Javalin app;
    private final ScheduledExecutorService refresher;
    private final DossierCatalog dossiers;

    private BinnenhofServer(Javalin app, ScheduledExecutorService refresher, DossierCatalog dossiers) {
        this.app = app;
        this.refresher = refresher;
        this.dossiers = dossiers;
    }

    /** Starts serving; returns once the port is bound. */
    public static BinnenhofServer start(Archive archive, Parliament parliament, ServerOptions options) {
        ObjectMapper json = new ObjectMapper();
        DossierCatalog dossiers = DossierCatalog.start(archive, DOSSIER_CHECK);
        List<Endpoint> endpoints = Api.endpoints(archive, parliament, dossiers);
        Map<String, Object> openApi = OpenApiDocument.of(endpoints, VERSION);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.http.gzipOnlyCompression();
            config.router.ignoreTrailingSlashes = true;
            config.jetty.defaultHost = options.host();
            config.jetty.defaultPort = options.port();
            config.jetty.threadPool = threadPool(options.threads());
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(MAX_HEADER_BYTES);
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
            });
            config.jetty.modifyServer(server -> {
                ErrorHandler quiet = new ErrorHandler();
                quiet.setShowStacks(false);
                quiet.setShowServlet(false);
                server.setErrorHandler(quiet);
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = UI;
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "no-cache");
            });
        });
        app.before(BinnenhofServer::securityHeaders);
        app.get("/api/openapi.json", ctx -> ctx.json(openApi));
        Api.install(app, endpoints, json, new AnswerCache(options.cacheFor(), ServerOptions.CACHED_ANSWERS));
        errors(app);
        app.start();
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "binnenhof-refresh");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, options.refreshEvery().toMillis());
        refresher.scheduleWithFixedDelay(() -> refresh(archive), every, every, TimeUnit.MILLISECONDS);
        return new BinnenhofServer(app, refresher, dossiers);
    }

    public int port() {
        return app.port();
    }

    /** The address of the UI, such as http://127.0.0.1:8080/. */
    public URI address(String host) {
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        dossiers.close();
        app.stop();
    }

    private static QueuedThreadPool threadPool(int threads) {
        QueuedThreadPool pool = new QueuedThreadPool(threads, Math.min(8, threads));
        pool.setName("binnenhof-http");
        return pool;
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    private static void errors(Javalin app) {
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(QueryException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(nl.binnenhof.parliament.QueryException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "the server could not answer: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        });
        app.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                error(ctx, 404, ctx.path().startsWith("/api/")
                        ? "no such endpoint: " + ctx.path() + "; the endpoints are listed in /api/openapi.json"
                        : "no such page: " + ctx.path() + "; the web UI starts at /");
            }
        });
        app.error(405, ctx -> error(ctx, 405, "only GET is answered here; see /api/openapi.json"));
        app.error(413, ctx -> error(ctx, 413, "the request is too large; the API takes no request bodies"));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status);
        ctx.json(new ErrorBody(status, HttpStatus.forStatus(status).getMessage(), message));
    }

    private static void refresh(Archive archive) {
        try {
            archive.refresh();
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("could not look for new commits in the store: {}", e.getMessage());
        }
    }
}
