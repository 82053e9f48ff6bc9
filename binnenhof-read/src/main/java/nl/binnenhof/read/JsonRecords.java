package nl.binnenhof.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Turns one parsed JSON record into an article. Missing or mistyped {@code id} and {@code text} skip the record,
 * since there is no article without them; a mistyped optional field only loses that field, because the text is
 * what matters and a bad title should not cost it. Fields other than these five are ignored, so annotated files
 * (such as the gold sets) can be read as input too.
 */
final class JsonRecords {

    private static final String SHAPE = "each record must be a JSON object with string fields \"id\" and \"text\"";

    private JsonRecords() {
    }

    static void read(JsonNode node, String location, Run run) {
        if (!node.isObject()) {
            run.skip(location, "record is " + kind(node) + ", not an object; " + SHAPE);
            return;
        }
        String id = required(node, "id", location, run);
        String text = id == null ? null : required(node, "text", location, run);
        if (text == null) {
            return;
        }
        String problem = Limits.textProblem(text);
        if (problem != null) {
            run.skip(location, problem);
            return;
        }
        String title = optional(node, "title", location, run);
        String source = optional(node, "source", location, run);
        run.accept(new Article(id, text, date(node, text, location, run), title, source, location));
    }

    /**
     * The record's {@code date} in canonical form; without one, the text's leading date line, as in plain text.
     * An unreadable date is reported and left out, not guessed.
     */
    private static String date(JsonNode node, String text, String location, Run run) {
        String raw = optional(node, "date", location, run);
        if (raw == null && node.hasNonNull("date")) {
            return null; // mistyped, already reported
        }
        if (raw == null || raw.isBlank()) {
            return Dates.leadingDate(text);
        }
        String date = Dates.normalise(raw);
        if (date == null) {
            run.warn(location, "unreadable date \"" + raw + "\"; use YYYY, YYYY-MM or YYYY-MM-DD "
                    + "(the article is read without a date)");
        }
        return date;
    }

    private static String required(JsonNode node, String field, String location, Run run) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            run.skip(location, "record has no \"" + field + "\"; " + SHAPE);
            return null;
        }
        if (!value.isTextual()) {
            run.skip(location, "\"" + field + "\" is " + kind(value) + ", not a string; " + SHAPE);
            return null;
        }
        if (field.equals("id") && value.asText().isBlank()) {
            run.skip(location, "\"id\" is empty; give every record a unique, non-empty id");
            return null;
        }
        return value.asText();
    }

    private static String optional(JsonNode node, String field, String location, Run run) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            run.warn(location, "\"" + field + "\" is " + kind(value) + ", not a string; it is ignored");
            return null;
        }
        return value.asText();
    }

    private static String kind(JsonNode node) {
        return "a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
