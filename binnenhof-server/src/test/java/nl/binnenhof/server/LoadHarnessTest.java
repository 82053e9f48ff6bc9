package nl.binnenhof.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import nl.binnenhof.server.load.LoadOptions;
import nl.binnenhof.server.load.LoadReport;
import nl.binnenhof.server.load.LoadRun;

/** 32 concurrent clients, briefly: every request is answered 200, and the harness counts what it sent. */
class LoadHarnessTest {
    @Test
    void thirtyTwoClientsGetNoErrors() throws Exception {
        TestServer.get().awaitDossiers();
        LoadReport report = new LoadRun(TestServer.get().base, new LoadOptions(32, Duration.ofSeconds(60), 1_500))
                .run();
        assertEquals(0, report.errorCount(), report.text());
        assertEquals(1_500, report.requests(), "the run stops at the request budget");
        assertTrue(report.byKind().keySet().containsAll(java.util.List.of("search", "quotes", "actor", "party",
                "timeline", "network", "article", "coalition", "dossier", "ui")), report.byKind().keySet().toString());
        assertTrue(report.all().p95() > 0 && report.requestsPerSecond() > 0, report.text());
    }
}
