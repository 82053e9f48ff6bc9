package nl.binnenhof.server.api;

import java.util.List;

/**
 * One parameter an endpoint takes: where it goes, what values it accepts and what it means. The same declaration
 * validates requests ({@link Params}) and is written into the OpenAPI document, so the two cannot disagree.
 *
 * @param min          the smallest value of an integer
 * @param max          the largest value of an integer, or the most items of a list
 * @param maxLength    the most characters of a text or of one list item
 * @param values       the accepted values of a choice
 * @param defaultValue what an absent parameter means, as written; null when absence means "no filter"
 * @param example      a value that gives an answer on a typical store, for the documentation and its test
 */
public record Param(String name, Location in, Kind kind, String description, boolean required, int min, int max,
                    int maxLength, List<String> values, String defaultValue, String example) {

    public enum Location { PATH, QUERY }

    public enum Kind {
        /** Free text of limited length, without control characters. */
        TEXT,
        INTEGER,
        BOOLEAN,
        /** A date bound: YYYY, YYYY-MM or YYYY-MM-DD. */
        DATE,
        /** One day: YYYY-MM-DD. */
        DAY,
        CHOICE,
        /** Comma-separated texts. */
        LIST
    }

    public Param {
        values = List.copyOf(values);
    }

    public static Param text(String name, int maxLength, String description) {
        return new Param(name, Location.QUERY, Kind.TEXT, description, false, 0, 0, maxLength, List.of(), null,
                null);
    }

    /** A path segment such as an id or a name; always required. */
    public static Param path(String name, int maxLength, String description) {
        return new Param(name, Location.PATH, Kind.TEXT, description, true, 0, 0, maxLength, List.of(), null, null);
    }

    public static Param integer(String name, int min, int max, int defaultValue, String description) {
        return new Param(name, Location.QUERY, Kind.INTEGER, description, false, min, max, 0, List.of(),
                Integer.toString(defaultValue), null);
    }

    public static Param flag(String name, String description) {
        return new Param(name, Location.QUERY, Kind.BOOLEAN, description, false, 0, 0, 0, List.of(), "false", null);
    }

    public static Param date(String name, String description) {
        return new Param(name, Location.QUERY, Kind.DATE, description, false, 0, 0, 10, List.of(), null, null);
    }

    public static Param day(String name, String description) {
        return new Param(name, Location.QUERY, Kind.DAY, description, false, 0, 0, 10, List.of(), null, null);
    }

    /** @param defaultValue one of the values, or null when absence means "none of them" */
    public static Param choice(String name, List<String> values, String defaultValue, String description) {
        return new Param(name, Location.QUERY, Kind.CHOICE, description, false, 0, 0, 0, values, defaultValue,
                null);
    }

    public static Param list(String name, int maxItems, int maxItemLength, String description) {
        return new Param(name, Location.QUERY, Kind.LIST, description, false, 0, maxItems, maxItemLength, List.of(),
                null, null);
    }

    public Param example(String value) {
        return new Param(name, in, kind, description, required, min, max, maxLength, values, defaultValue, value);
    }

    public Param asRequired() {
        return new Param(name, in, kind, description, true, min, max, maxLength, values, defaultValue, example);
    }
}
