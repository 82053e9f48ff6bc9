package nl.binnenhof.cli;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;

import nl.binnenhof.parliament.Parliament;
import nl.binnenhof.query.Archive;
import nl.binnenhof.server.BinnenhofServer;
import nl.binnenhof.server.ServerOptions;
import nl.binnenhof.server.load.LoadOptions;
import nl.binnenhof.server.load.LoadReport;
import nl.binnenhof.server.load.LoadRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code binnenhof bench-serve}: concurrent clients against the server on loopback; throughput, latency, errors. */
@Command(name = "bench-serve", mixinStandardHelpOptions = true,
        description = {"Loads the server with concurrent clients on loopback, each sending its next request as soon "
                + "as the last is answered: searches, quotes, actor and party profiles, timelines, networks, articles, "
                + "the coalition calculator and the UI's files, with names and ids from the store served. Stops at "
                + "--seconds or --requests, whichever comes first, and reports requests/s, p50/p95/p99 latency per "
                + "kind of request and every error (any answer but 200).",
                "Without --url it starts a server on a free loopback port in this process, over the store of --data; "
                        + "with --url it loads a server already running (binnenhof serve) in another process."},
        footer = {"", "Exit status: 0 no errors, 1 some requests failed.", "", "Examples:",
                "  binnenhof bench-serve --data DIR",
                "  binnenhof bench-serve --url http://127.0.0.1:8080/ --clients 32 --seconds 60"})
final class ServeBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--url", paramLabel = "URL", description = "A running server to load, e.g. http://127.0.0.1:8080/.")
    URI url;

    @Option(names = "--clients", defaultValue = "32", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "The longest the run takes (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--requests", defaultValue = "200000",
            description = "The most requests sent in all (default: ${DEFAULT-VALUE}).")
    long requests;

    @Override
    public Integer call() throws Exception {
        LoadOptions options;
        try {
            options = new LoadOptions(clients, Duration.ofSeconds(seconds), requests);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        LoadReport report;
        if (url != null) {
            report = new LoadRun(url.toString().endsWith("/") ? url : URI.create(url + "/"), options).run();
        } else {
            try (Archive archive = data.openArchive();
                 BinnenhofServer server = BinnenhofServer.start(archive, Parliament.bundled(),
                         ServerOptions.defaults().withPort(0))) {
                report = new LoadRun(server.address("127.0.0.1"), options).run();
            }
        }
        spec.commandLine().getOut().print(report.text());
        spec.commandLine().getOut().flush();
        return report.errorCount() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
