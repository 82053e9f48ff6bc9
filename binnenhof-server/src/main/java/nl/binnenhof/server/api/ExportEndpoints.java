package nl.binnenhof.server.api;

import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

import nl.binnenhof.query.Archive;
import nl.binnenhof.query.ArticleQuery;
import nl.binnenhof.query.Exports;

/**
 * Whole results as downloads, streamed oldest first as JSON Lines or CSV: articles, quotes, and the table of
 * which actor is named in which article. A few run at a time; more are answered 503, to retry shortly.
 */
final class ExportEndpoints {
    static final String TAG = "Exports";
    static final int CONCURRENT_EXPORTS = 4;
    private static final Param FORMAT = Param.choice("format", List.of("jsonl", "csv"), "jsonl",
            "JSON Lines (one object per line) or CSV (one column per field; lists as \"a; b\").");

    private ExportEndpoints() {
    }

    static List<Endpoint> all(Archive archive) {
        Semaphore running = new Semaphore(CONCURRENT_EXPORTS);
        Endpoint articles = new Endpoint("/api/export/articles", TAG, "Export articles",
                "Every article matching the query and filters, with its text and whole analysis.",
                List.of(FORMAT, Common.QUERY, Common.PERSON, Common.PARTY, Common.FROM, Common.TO),
                Streamed.class, List.of(503),
                p -> streamed(running, "articles", p, sink -> archive.exportArticles(
                        new ArticleQuery(p.text("q"), p.text("person"), p.text("party"), p.dates(), null), sink::accept)));
        Endpoint quotes = new Endpoint("/api/export/quotes", TAG, "Export quotes",
                "Every quote matching the filters, with its source sentence and article.",
                List.of(FORMAT, QuoteEndpoints.SPEAKER, QuoteEndpoints.PARTY, QuoteEndpoints.WORDS,
                        QuoteEndpoints.KIND, Common.FROM, Common.TO),
                Streamed.class, List.of(503),
                p -> streamed(running, "quotes", p, sink -> archive.exportQuotes(QuoteEndpoints.query(p), sink::accept)));
        Endpoint mentions = new Endpoint("/api/export/mentions", TAG, "Export mentions",
                "Which actor is named in which article, how often, with a person's party and roles there: the "
                        + "table for content analysis.",
                List.of(FORMAT, Param.text("actor", Common.NAME_LENGTH, "Only this actor."),
                        Param.choice("type", ActorEndpoints.TYPES, null, "Only actors of this type."),
                        Common.FROM, Common.TO),
                Streamed.class, List.of(404, 503),
                p -> streamed(running, "mentions", p, sink -> archive.exportMentions(
                        ActorEndpoints.known(archive, p.text("actor")),
                        p.choice("type"), p.dates(), sink::accept)));
        return List.of(articles, quotes, mentions);
    }

    /** Writes every row a query gives, through the sink it is handed. */
    @FunctionalInterface
    private interface Export {
        long run(Consumer<Object> sink);
    }

    private static Streamed streamed(Semaphore running, String what, Params p, Export export) {
        p.dates(); // bad dates are refused before the download starts
        Exports.Format format = Exports.Format.valueOf(p.choice("format").toUpperCase(Locale.ROOT));
        return new Streamed(format == Exports.Format.CSV ? "text/csv; charset=utf-8" : "application/x-ndjson",
                "binnenhof-" + what + "." + p.choice("format"), (Writer out) -> {
                    if (!running.tryAcquire()) {
                        throw ApiError.busy(CONCURRENT_EXPORTS + " exports are running; try again in a moment");
                    }
                    try {
                        Exports.RowWriter rows = Exports.writer(format, out);
                        export.run(rows::write);
                        rows.finish();
                    } finally {
                        running.release();
                    }
                });
    }
}
