package nl.binnenhof.store;

import java.util.List;
import java.util.Map;

/**
 * Checks an analysis computed elsewhere (a Spark run) before the store takes it in place of its own: the fields the
 * store indexes must be there with their types, and every offset must point into the article's text, since the
 * quote browser and the article view highlight by offset. A check of shape, not of content: the analysis is trusted
 * to be Binnenhof's, as the manifest says.
 */
final class PrecomputedAnalysis {
    private static final List<String> LISTS = List.of("persons", "parties", "organisations", "quotes", "indirectQuotes",
            "partyMentions", "references");
    private static final List<String> SPAN_LISTS = List.of("quotes", "indirectQuotes", "partyMentions", "references");

    private PrecomputedAnalysis() {
    }

    /** What is wrong with the analysis of this text, or null when the store can load it. */
    static String fault(Map<String, Object> analysis, String text) {
        for (String key : LISTS) {
            if (!(analysis.get(key) instanceof List<?>)) {
                return "no list '" + key + "'";
            }
        }
        for (String key : List.of("parties", "organisations")) {
            if (!allStrings((List<?>) analysis.get(key))) {
                return "'" + key + "' holds something other than names";
            }
        }
        for (Object person : (List<?>) analysis.get("persons")) {
            if (!(person instanceof Map<?, ?> p) || !(p.get("name") instanceof String)) {
                return "a person without a name";
            }
            String spans = spansFault(p.get("mentions"), text, "the mentions of " + p.get("name"));
            if (spans != null) {
                return spans;
            }
        }
        for (String key : SPAN_LISTS) {
            String spans = spansFault(analysis.get(key), text, "'" + key + "'");
            if (spans != null) {
                return spans;
            }
        }
        return null;
    }

    private static String spansFault(Object list, String text, String what) {
        if (list == null) {
            return null;
        }
        if (!(list instanceof List<?> spans)) {
            return what + " is not a list";
        }
        for (Object span : spans) {
            if (!(span instanceof Map<?, ?> m) || !(m.get("begin") instanceof Integer begin)
                    || !(m.get("end") instanceof Integer end)) {
                return what + " has an entry without begin and end";
            }
            if (begin < 0 || end < begin || end > text.length()) {
                return what + " has offsets " + begin + ".." + end + " outside the text of " + text.length()
                        + " characters";
            }
        }
        return null;
    }

    private static boolean allStrings(List<?> values) {
        for (Object v : values) {
            if (!(v instanceof String)) {
                return false;
            }
        }
        return true;
    }
}
