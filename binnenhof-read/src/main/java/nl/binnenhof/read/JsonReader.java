package nl.binnenhof.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads JSON input, one record at a time, in one of two shapes.
 *
 * <p>JSON Lines (one object per line) is the normal shape and is read line by line, so that a malformed line costs
 * only that line and an oversized one is skipped unread. A JSON document (one object spread over several lines, an
 * array of objects, or UTF-16 input) is read with Jackson's streaming parser, one element at a time; since a
 * parser cannot resynchronise after a syntax error, an error there ends the file, and the message says so.
 * Which shape a file has is decided from its content, not its extension: a file whose first line holds a complete
 * JSON value is JSON Lines.
 */
final class JsonReader {

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Limits.MAX_RECORD_BYTES).build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // standard input belongs to the caller
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** In a document, the next record is not "trailing" content. */
    private static final ObjectReader DOCUMENT_READER =
            MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final String NO_RECORDS = "no records (nothing but whitespace or an empty array); "
            + "leave it out or check how it was written";

    private JsonReader() {
    }

    static void read(BufferedInputStream in, Encoding.Detected encoding, String location, Run run)
            throws IOException {
        if (encoding.isUtf16() || !isJsonLines(in, encoding.bomLength())) {
            readDocument(in, location, run);
        } else {
            in.skipNBytes(encoding.bomLength());
            readLines(in, encoding.bomLength(), location, run);
        }
    }

    private static void readLines(BufferedInputStream in, int bomLength, String location, Run run)
            throws IOException {
        LineReader lines = new LineReader(in, Limits.MAX_RECORD_BYTES, bomLength);
        boolean any = false;
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            String where = location + ":" + line.number();
            if (line.bytes() == null) {
                run.skip(where, Limits.tooManyBytes("the line"));
                continue;
            }
            any |= readLine(line.bytes(), line.offset(), location, where, run);
        }
        if (!any) {
            run.skip(location, NO_RECORDS);
        }
    }

    /**
     * Reads one line of JSON Lines, without its terminator.
     *
     * @param offset   byte offset of the line in its input, for messages
     * @param location the input the line is from, for messages
     * @param where    the line's own location
     * @return whether the line held JSON text: false when it was blank (and passed over) or not UTF-8
     */
    static boolean readLine(byte[] bytes, long offset, String location, String where, Run run) {
        String json;
        try {
            json = Encoding.decode(bytes, 0, bytes.length, StandardCharsets.UTF_8);
        } catch (Encoding.Invalid e) {
            run.skip(where, Encoding.notUtf8(location, offset + e.byteOffset));
            return false;
        }
        if (json.isBlank()) {
            return false;
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            run.skip(where, "malformed JSON (" + reason(e) + "); fix or remove this line");
            return true;
        }
        JsonRecords.read(node, where, run);
        return true;
    }

    /** Reads one record given as its fields' values, as if it had been a JSON object with those fields. */
    static void readFields(Map<String, ?> fields, String location, Run run) {
        JsonRecords.read(MAPPER.valueToTree(fields), location, run);
    }

    private static void readDocument(BufferedInputStream in, String location, Run run) throws IOException {
        int records = 0;
        try (JsonParser parser = MAPPER.createParser(in)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    for (token = parser.nextToken(); token != JsonToken.END_ARRAY && token != null;
                            token = parser.nextToken()) {
                        readValue(parser, location, run);
                        records++;
                    }
                } else {
                    readValue(parser, location, run);
                    records++;
                }
            }
            if (records == 0) {
                run.skip(location, NO_RECORDS);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            run.skip(at == null ? location : location + ":" + at.getLineNr(), "malformed JSON (" + reason(e)
                    + "); the rest of this file was not read: fix it, or write it as JSON Lines (one record per "
                    + "line) so that a bad record costs only its own line");
        }
    }

    private static void readValue(JsonParser parser, String location, Run run) throws IOException {
        String where = location + ":" + parser.currentTokenLocation().getLineNr();
        JsonNode record = DOCUMENT_READER.readTree(parser);
        JsonRecords.read(record, where, run);
    }

    /**
     * Whether the input is JSON Lines: its first non-blank line is a complete JSON value by itself. The bytes are
     * only peeked at, and at most {@link Limits#MAX_RECORD_BYTES} of them; beyond that the input counts as JSON
     * Lines, so that the line reader reports the oversized line.
     */
    private static boolean isJsonLines(BufferedInputStream in, int bomLength) throws IOException {
        in.mark(Limits.MAX_RECORD_BYTES);
        try {
            int read = 0;
            int b = -1;
            while (read < Limits.MAX_RECORD_BYTES && (b = in.read()) != -1) {
                read++;
                if (read > bomLength && !Character.isWhitespace(b)) {
                    break;
                }
            }
            if (b != '{') {
                return b != '[';
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (; b != -1 && b != '\n'; b = in.read()) {
                if (++read > Limits.MAX_RECORD_BYTES) {
                    return true;
                }
                line.write(b);
            }
            return !isIncomplete(line.toString(StandardCharsets.UTF_8));
        } finally {
            in.reset();
        }
    }

    private static boolean isIncomplete(String json) {
        try {
            MAPPER.readTree(json);
            return false;
        } catch (JsonEOFException e) {
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** Jackson's own reason, without the location and source excerpt it appends. */
    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return (newline >= 0 ? message.substring(0, newline) : message).strip();
    }
}
