package nl.binnenhof.server.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.binnenhof.query.DateRange;
import nl.binnenhof.query.Paging;

/**
 * The parameters of one request, checked against the endpoint's declarations before the endpoint runs: unknown or
 * repeated parameters, missing required ones and values of the wrong form are refused with a message that names
 * the parameter and says what it accepts. The typed getters then never fail.
 */
public final class Params {
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

    private final Endpoint endpoint;
    private final Map<String, String> values;

    private Params(Endpoint endpoint, Map<String, String> values) {
        this.endpoint = endpoint;
        this.values = values;
    }

    /**
     * @param path  the path parameters as the router matched them
     * @param query the query parameters, each with every value given
     * @throws ApiError (400) when a parameter is unknown, repeated, missing or malformed
     */
    public static Params check(Endpoint endpoint, Map<String, String> path, Map<String, List<String>> query) {
        for (Map.Entry<String, List<String>> given : query.entrySet()) {
            Param param = endpoint.param(given.getKey());
            if (param == null || param.in() != Param.Location.QUERY) {
                throw ApiError.badRequest("unknown parameter '" + shorten(given.getKey()) + "'; " + endpoint.path()
                        + " takes " + endpoint.queryParamNames() + " (see /api/openapi.json)");
            }
            if (given.getValue().size() > 1) {
                throw ApiError.badRequest("parameter '" + param.name() + "' is given " + given.getValue().size()
                        + " times; give it once" + (param.kind() == Param.Kind.LIST ? ", with values separated "
                        + "by commas" : ""));
            }
        }
        Map<String, String> values = new HashMap<>();
        for (Param param : endpoint.params()) {
            String raw = param.in() == Param.Location.PATH ? path.get(param.name()) : first(query.get(param.name()));
            if (raw == null || raw.isBlank()) {
                if (param.required()) {
                    throw ApiError.badRequest("parameter '" + param.name() + "' is required: " + param.description());
                }
                continue;
            }
            values.put(param.name(), validated(param, raw.strip()));
        }
        return new Params(endpoint, values);
    }

    /** The text as given, or null when absent. */
    public String text(String name) {
        declared(name);
        return values.get(name);
    }

    public int integer(String name) {
        Param param = declared(name);
        return Integer.parseInt(values.getOrDefault(name, param.defaultValue()));
    }

    public boolean flag(String name) {
        declared(name);
        return Boolean.parseBoolean(values.getOrDefault(name, "false"));
    }

    /** The choice in lower case, or the default (which may be null). */
    public String choice(String name) {
        Param param = declared(name);
        return values.getOrDefault(name, param.defaultValue());
    }

    /** The choice as a constant of the enum (by name, ignoring case), or null when absent without default. */
    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = choice(name);
        return value == null ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }

    /** The items of a comma-separated list; empty when absent. */
    public List<String> list(String name) {
        declared(name);
        String value = values.get(name);
        return value == null ? List.of() : items(value);
    }

    /** A day (YYYY-MM-DD), or null when absent. */
    public LocalDate day(String name) {
        declared(name);
        String value = values.get(name);
        return value == null ? null : LocalDate.parse(value);
    }

    /** The range of the date bounds {@code from} and {@code to}, each YYYY, YYYY-MM or YYYY-MM-DD. */
    public DateRange dates() {
        return DateRange.parse(text("from"), text("to"));
    }

    /** The page asked by {@code offset} and {@code limit}. */
    public Paging paging() {
        int offset = integer("offset");
        int limit = integer("limit");
        if ((long) offset + limit > Paging.MAX_DEPTH) {
            throw ApiError.badRequest("offset + limit may be at most " + Paging.MAX_DEPTH + "; narrow the query "
                    + "(dates, person, party) or use /api/export/..., which streams the whole result");
        }
        return new Paging(offset, limit);
    }

    private Param declared(String name) {
        Param param = endpoint.param(name);
        if (param == null) {
            throw new IllegalStateException(endpoint.path() + " declares no parameter " + name);
        }
        return param;
    }

    private static String validated(Param param, String value) {
        String name = param.name();
        switch (param.kind()) {
            case TEXT -> {
                if (value.length() > param.maxLength()) {
                    throw ApiError.badRequest("parameter '" + name + "' is too long: at most " + param.maxLength()
                            + " characters (got " + value.length() + ")");
                }
                if (value.chars().anyMatch(c -> Character.isISOControl(c))) {
                    throw ApiError.badRequest("parameter '" + name + "' contains control characters");
                }
                return value;
            }
            case INTEGER -> {
                if (!INTEGER.matcher(value).matches() || Integer.parseInt(value) < param.min()
                        || Integer.parseInt(value) > param.max()) {
                    throw ApiError.badRequest("parameter '" + name + "' must be a whole number from " + param.min()
                            + " to " + param.max() + " (got '" + shorten(value) + "')");
                }
                return value;
            }
            case BOOLEAN -> {
                String lower = value.toLowerCase(Locale.ROOT);
                if (!lower.equals("true") && !lower.equals("false")) {
                    throw ApiError.badRequest("parameter '" + name + "' must be true or false (got '"
                            + shorten(value) + "')");
                }
                return lower;
            }
            case DATE -> {
                if (!DATE.matcher(value).matches() || !isCalendarDate(value)) {
                    throw ApiError.badRequest("parameter '" + name + "' must be a date written YYYY, YYYY-MM or "
                            + "YYYY-MM-DD, e.g. 2023 or 2023-07 or 2023-07-07 (got '" + shorten(value) + "')");
                }
                return value;
            }
            case DAY -> {
                if (!DAY.matcher(value).matches() || !isCalendarDate(value)) {
                    throw ApiError.badRequest("parameter '" + name + "' must be a day written YYYY-MM-DD, e.g. "
                            + "2023-07-01 (got '" + shorten(value) + "')");
                }
                return value;
            }
            case CHOICE -> {
                String lower = value.toLowerCase(Locale.ROOT);
                if (!param.values().contains(lower)) {
                    throw ApiError.badRequest("parameter '" + name + "' must be one of "
                            + String.join(", ", param.values()) + " (got '" + shorten(value) + "')");
                }
                return lower;
            }
            case LIST -> {
                List<String> items = items(value);
                if (items.size() > param.max()) {
                    throw ApiError.badRequest("parameter '" + name + "' takes at most " + param.max()
                            + " comma-separated values (got " + items.size() + ")");
                }
                for (String item : items) {
                    if (item.length() > param.maxLength() || item.chars().anyMatch(Character::isISOControl)) {
                        throw ApiError.badRequest("parameter '" + name + "': each value is at most "
                                + param.maxLength() + " characters, without control characters");
                    }
                }
                return value;
            }
            default -> throw new IllegalStateException("unknown kind " + param.kind());
        }
    }

    private static boolean isCalendarDate(String value) {
        try {
            switch (value.length()) {
                case 4 -> Integer.parseInt(value);
                case 7 -> YearMonth.parse(value);
                default -> LocalDate.parse(value);
            }
            return true;
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }

    private static List<String> items(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static String first(List<String> given) {
        return given == null || given.isEmpty() ? null : given.get(0);
    }

    /** Echoes of user input in messages stay short. */
    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
