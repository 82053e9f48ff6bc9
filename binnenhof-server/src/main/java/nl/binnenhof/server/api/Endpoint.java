package nl.binnenhof.server.api;

import java.lang.reflect.Type;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One GET endpoint of the API: its path (with {name} segments), what it answers, the parameters it takes and
 * the handler. The list of endpoints is both the router's table and the source of the OpenAPI document.
 *
 * @param tag      the group it is listed under in the documentation
 * @param response the Java type of the JSON answer, or {@link Streamed} for a download
 * @param errors   the error statuses it may answer besides 400 (bad parameters), e.g. 404
 */
public record Endpoint(String path, String tag, String summary, String description, List<Param> params,
                       Type response, List<Integer> errors, Handler handler) {

    /** Answers a checked request with a value written as JSON, or a {@link Streamed} download. */
    @FunctionalInterface
    public interface Handler {
        Object handle(Params params);
    }

    public Endpoint {
        params = List.copyOf(params);
        errors = List.copyOf(errors);
    }

    public Param param(String name) {
        for (Param p : params) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** The query parameters it takes, for messages. */
    public String queryParamNames() {
        String names = params.stream().filter(p -> p.in() == Param.Location.QUERY).map(Param::name)
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? "no query parameters" : names;
    }
}
