package nl.binnenhof.store;

import java.util.List;
import java.util.Map;

/** Typed reading of the analysis JSON as parsed into maps and lists; a missing field reads as empty. */
final class JsonMaps {
    private JsonMaps() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    static String string(Map<String, Object> map, String key) {
        return map.get(key) instanceof String s ? s : null;
    }

    static int integer(Map<String, Object> map, String key, int missing) {
        return map.get(key) instanceof Number n ? n.intValue() : missing;
    }
}
