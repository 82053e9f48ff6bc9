package nl.binnenhof.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

import nl.binnenhof.parliament.Parliament;
import nl.binnenhof.query.Archive;
import nl.binnenhof.server.BinnenhofServer;
import nl.binnenhof.server.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code binnenhof serve}: the REST API and the web UI over the store, on one port. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store: the web UI (search, quotes, actors, parties, network, articles, coalition "
                + "calculator) at / and the REST API under /api, documented at /api/openapi.json.",
                "Listens on loopback (127.0.0.1) unless --host says otherwise. Sees what an ingest commits "
                        + "meanwhile within a few seconds. Stop it with Ctrl-C."},
        footer = {"", "Examples:",
                "  binnenhof serve --data DIR                 then open http://127.0.0.1:8080/",
                "  binnenhof serve --data DIR --port 9000",
                "  curl 'http://127.0.0.1:8080/api/quotes?speaker=Rutte&from=2023-07&to=2023-07'"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_PORT,
            description = "The port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--cache-seconds", paramLabel = "N", defaultValue = "10",
            description = "Keep each JSON answer this long for identical requests (default: ${DEFAULT-VALUE}; 0 keeps "
                    + "none). Identical requests in flight are always answered once.")
    int cacheSeconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ServerOptions options;
        try {
            options = ServerOptions.defaults().withHost(host).withPort(port)
                    .withCacheFor(Duration.ofSeconds(Math.max(0, cacheSeconds)));
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        try (Archive archive = data.openArchive()) {
            long articles = archive.stats().articles();
            BinnenhofServer server = BinnenhofServer.start(archive, Parliament.bundled(), options);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "binnenhof-stop"));
            String address = server.address(host).toString();
            err.printf(Locale.ROOT, "binnenhof: serving the store in %s (%,d articles)%n", archive.data(), articles);
            err.printf(Locale.ROOT, "  web UI:  %s%n  API:     %sapi/openapi.json%n  Ctrl-C stops.%n", address,
                    address);
            err.flush();
            server.join();
        }
        return ExitCodes.OK;
    }
}
