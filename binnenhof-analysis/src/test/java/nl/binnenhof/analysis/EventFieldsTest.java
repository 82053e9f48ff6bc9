package nl.binnenhof.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The fields of the events module in the JSON output contract, on a real seed. */
class EventFieldsTest {

    @Test
    void theOutputCarriesDatesEventsTopicsAndTheDateCheck() throws IOException {
        ArticleAnalysis a = AnalysisTest.seed("001_c04cf5d71b904dc6", "2023-07");
        JsonNode json = new ObjectMapper().readTree(AnalysisJson.toJson(a));
        for (String field : List.of("dates", "events", "topics", "dateCheck")) {
            assertTrue(json.has(field), field);
        }
        JsonNode continued = json.get("events").get(0);
        assertEquals("continued", continued.get("type").asText());
        assertEquals("donderdag", continued.get("date").get("text").asText());
        assertEquals("month", continued.get("date").get("precision").asText());
        assertEquals("thursday", continued.get("date").get("weekday").asText());
        String text = a.document().text();
        assertEquals("voortgezet", text.substring(continued.get("begin").asInt(), continued.get("end").asInt()));
        assertEquals(9, json.get("topics").get("article").get("code").asInt());
        assertFalse(json.get("topics").get("quotes").isEmpty());
        assertEquals("consistent", json.get("dateCheck").get("verdict").asText());
        JsonNode firstDate = json.get("dates").get(0);
        assertEquals(firstDate.get("text").asText(),
                text.substring(firstDate.get("begin").asInt(), firstDate.get("end").asInt()));
    }

    @Test
    void theContractFieldsOfTheGoldFormatAreStillFirst() throws IOException {
        Map<String, Object> map = AnalysisJson.toMap(AnalysisTest.seed("003_db0a187e84b59eb5", "2023-07"));
        List<String> keys = List.copyOf(map.keySet());
        assertEquals("id", keys.get(0));
        assertTrue(keys.indexOf("positions") < keys.indexOf("events"), keys.toString());
    }
}
