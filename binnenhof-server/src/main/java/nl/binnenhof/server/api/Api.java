package nl.binnenhof.server.api;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.javalin.Javalin;
import io.javalin.http.Context;

import nl.binnenhof.parliament.Parliament;
import nl.binnenhof.query.Archive;

/**
 * The REST API: every endpoint, answered from one {@link Archive} and the {@link Parliament} model. Each is a GET
 * under {@code /api}; its parameters are checked before it runs ({@link Params}); it answers JSON, or a streamed
 * download for the exports.
 */
public final class Api {
    private Api() {
    }

    /** Every endpoint, in the order the documentation lists them. */
    public static List<Endpoint> endpoints(Archive archive, Parliament parliament) {
        List<Endpoint> all = new ArrayList<>();
        all.addAll(ArticleEndpoints.all(archive));
        all.addAll(QuoteEndpoints.all(archive));
        all.addAll(ActorEndpoints.all(archive));
        all.addAll(TrendEndpoints.all(archive));
        all.addAll(ExportEndpoints.all(archive));
        all.addAll(ParliamentEndpoints.all(parliament));
        all.addAll(StoreEndpoints.all(archive));
        return List.copyOf(all);
    }

    /** Registers the endpoints as GET routes. */
    public static void install(Javalin app, List<Endpoint> endpoints) {
        for (Endpoint endpoint : endpoints) {
            app.get(endpoint.path(), ctx -> answer(ctx, endpoint));
        }
    }

    private static void answer(Context ctx, Endpoint endpoint) throws IOException {
        Params params = Params.check(endpoint, ctx.pathParamMap(), ctx.queryParamMap());
        Object answer = endpoint.handler().handle(params);
        if (answer instanceof Streamed download) {
            ctx.contentType(download.contentType());
            ctx.header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
            Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
            download.body().writeTo(out);
            out.flush();
        } else {
            ctx.json(answer);
        }
    }
}
