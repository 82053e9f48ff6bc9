package nl.binnenhof.server.api;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;
import io.javalin.http.Context;

import nl.binnenhof.parliament.Parliament;
import nl.binnenhof.query.Archive;
import nl.binnenhof.server.dossiers.DossierCatalog;

/**
 * The REST API: every endpoint, answered from one {@link Archive}, its {@link DossierCatalog} and the
 * {@link Parliament} model. Each is a GET
 * under {@code /api}; its parameters are checked before it runs ({@link Params}); it answers JSON, or a streamed
 * download for the exports.
 */
public final class Api {
    private Api() {
    }

    /** Every endpoint, in the order the documentation lists them. */
    public static List<Endpoint> endpoints(Archive archive, Parliament parliament, DossierCatalog dossiers) {
        List<Endpoint> all = new ArrayList<>();
        all.addAll(ArticleEndpoints.all(archive));
        all.addAll(QuoteEndpoints.all(archive));
        all.addAll(ActorEndpoints.all(archive));
        all.addAll(TrendEndpoints.all(archive));
        all.addAll(DossierEndpoints.all(archive, dossiers));
        all.addAll(ExportEndpoints.all(archive));
        all.addAll(ParliamentEndpoints.all(parliament));
        all.addAll(StoreEndpoints.all(archive));
        return List.copyOf(all);
    }

    /**
     * Registers the endpoints as GET routes. JSON answers are written by the mapper and kept in the cache;
     * downloads stream and are never kept.
     */
    public static void install(Javalin app, List<Endpoint> endpoints, ObjectMapper json, AnswerCache cache) {
        for (Endpoint endpoint : endpoints) {
            if (endpoint.response() == Streamed.class) {
                app.get(endpoint.path(), ctx -> download(ctx, endpoint));
            } else {
                app.get(endpoint.path(), ctx -> {
                    Params params = Params.check(endpoint, ctx.pathParamMap(), ctx.queryParamMap());
                    byte[] body = cache.answer(key(ctx), () -> write(json, endpoint.handler().handle(params)));
                    ctx.contentType("application/json");
                    ctx.result(body);
                });
            }
        }
    }

    private static void download(Context ctx, Endpoint endpoint) throws IOException {
        Params params = Params.check(endpoint, ctx.pathParamMap(), ctx.queryParamMap());
        Streamed download = (Streamed) endpoint.handler().handle(params);
        ctx.contentType(download.contentType());
        ctx.header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
        Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        download.body().writeTo(out);
        out.flush();
    }

    /** The request as a cache key: the path and every query parameter, in name order. */
    private static String key(Context ctx) {
        return ctx.path() + new TreeMap<>(ctx.queryParamMap());
    }

    private static byte[] write(ObjectMapper json, Object answer) {
        try {
            return json.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer as JSON", e);
        }
    }
}
