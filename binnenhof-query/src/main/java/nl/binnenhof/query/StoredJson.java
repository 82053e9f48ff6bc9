package nl.binnenhof.query;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON the store keeps (an article's analysis, a quote), read back as maps and lists. */
final class StoredJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private StoredJson() {
    }

    static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the store holds JSON that does not parse: " + e.getOriginalMessage(), e);
        }
    }
}
