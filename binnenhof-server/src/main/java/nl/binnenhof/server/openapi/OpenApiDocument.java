package nl.binnenhof.server.openapi;

import static nl.binnenhof.server.openapi.JsonSchemas.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.binnenhof.server.api.Endpoint;
import nl.binnenhof.server.api.Param;
import nl.binnenhof.server.api.Streamed;

/**
 * The OpenAPI 3.1 document of the API, written from the same endpoint list the router serves: every path, its
 * parameters with their limits, and the schema of every answer, read from the records the endpoints return.
 */
public final class OpenApiDocument {
    private static final String ERROR = "#/components/schemas/Error";

    private OpenApiDocument() {
    }

    /** The document as a tree of maps and lists, ready to be written as JSON. */
    public static Map<String, Object> of(List<Endpoint> endpoints, String version) {
        JsonSchemas schemas = new JsonSchemas();
        Map<String, Object> paths = new LinkedHashMap<>();
        Set<String> tags = new LinkedHashSet<>();
        for (Endpoint endpoint : endpoints) {
            tags.add(endpoint.tag());
            paths.put(endpoint.path(), map("get", operation(endpoint, schemas)));
        }
        Map<String, Object> components = new LinkedHashMap<>(schemas.components());
        components.put("Error", map("type", "object", "properties", map(
                        "status", map("type", "integer"),
                        "error", map("type", "string", "description", "The HTTP reason phrase."),
                        "message", map("type", "string", "description", "What went wrong and what to send instead.")),
                "required", List.of("status", "error", "message")));
        List<Object> tagList = new ArrayList<>();
        tags.forEach(t -> tagList.add(map("name", t)));
        return map(
                "openapi", "3.1.0",
                "info", map("title", "Binnenhof API", "version", version, "description",
                        "A structured, sourced record of Dutch political news: articles with everything extracted "
                                + "from them (persons, parties, quotes, positions), searchable, with profiles, "
                                + "timelines, co-occurrence networks and exports, and the parliament model's seats "
                                + "and coalition calculator. Every endpoint is a GET; pages hold at most 100 items; "
                                + "unknown or malformed parameters are answered 400 with a message that says what "
                                + "to send."),
                "servers", List.of(map("url", "/")),
                "tags", tagList,
                "paths", paths,
                "components", map("schemas", components));
    }

    private static Map<String, Object> operation(Endpoint endpoint, JsonSchemas schemas) {
        List<Object> parameters = new ArrayList<>();
        for (Param p : endpoint.params()) {
            Map<String, Object> parameter = map("name", p.name(), "in", p.in().name().toLowerCase(),
                    "required", p.required(), "description", p.description(), "schema", schema(p));
            if (p.kind() == Param.Kind.LIST) {
                parameter.put("style", "form");
                parameter.put("explode", false);
            }
            if (p.example() != null) {
                parameter.put("example", p.example());
            }
            parameters.add(parameter);
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", endpoint.response() == Streamed.class
                ? map("description", "The whole result, streamed, oldest first.", "content", map(
                        "application/x-ndjson", map("schema", map("type", "string")),
                        "text/csv", map("schema", map("type", "string"))))
                : map("description", "OK", "content",
                        map("application/json", map("schema", schemas.of(endpoint.response())))));
        responses.put("400", error("A parameter is unknown, repeated, missing or malformed, or the query cannot "
                + "be parsed."));
        for (int status : endpoint.errors()) {
            responses.put(Integer.toString(status), error(switch (status) {
                case 404 -> "Nothing by that id or name in the store.";
                case 503 -> "Too many exports are running; try again shortly.";
                default -> "Error.";
            }));
        }
        return map("tags", List.of(endpoint.tag()), "summary", endpoint.summary(),
                "description", endpoint.description(), "operationId", operationId(endpoint.path()),
                "parameters", parameters, "responses", responses);
    }

    private static Map<String, Object> schema(Param p) {
        return switch (p.kind()) {
            case TEXT -> map("type", "string", "maxLength", p.maxLength());
            case INTEGER -> map("type", "integer", "minimum", p.min(), "maximum", p.max(),
                    "default", Integer.parseInt(p.defaultValue()));
            case BOOLEAN -> map("type", "boolean", "default", false);
            case DATE -> map("type", "string", "pattern", "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$");
            case DAY -> map("type", "string", "format", "date");
            case CHOICE -> {
                Map<String, Object> choice = map("type", "string", "enum", p.values());
                if (p.defaultValue() != null) {
                    choice.put("default", p.defaultValue());
                }
                yield choice;
            }
            case LIST -> map("type", "array", "maxItems", p.max(),
                    "items", map("type", "string", "maxLength", p.maxLength()));
        };
    }

    private static Map<String, Object> error(String description) {
        return map("description", description, "content", map("application/json", map("schema", map("$ref", ERROR))));
    }

    /** "/api/actors/{name}" gives "actorsName": unique per path, stable for client generators. */
    private static String operationId(String path) {
        StringBuilder id = new StringBuilder();
        for (String part : path.replace("/api/", "").split("[/{}]+")) {
            if (!part.isEmpty()) {
                id.append(id.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
        }
        return id.toString();
    }
}
