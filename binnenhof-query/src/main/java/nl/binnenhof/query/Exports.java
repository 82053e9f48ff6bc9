package nl.binnenhof.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes results as JSON Lines (one JSON object per row, nested as it is) or CSV (one column per field; a
 * list of names becomes "a; b", anything nested a JSON cell), for R, Python, Spark or a spreadsheet.
 */
public final class Exports {
    public enum Format { JSONL, CSV }

    /** Writes rows one at a time, so an export of the whole store never has to fit in memory. */
    public interface RowWriter {
        void write(Object row);

        /** Flushes; the underlying writer stays open. */
        void finish();
    }

    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private Exports() {
    }

    public static RowWriter writer(Format format, Writer out) {
        return format == Format.JSONL ? new JsonLines(out) : new Csv(out);
    }

    /** Writes a result's rows: a page's items, a timeline's buckets, a network's edges. */
    public static void write(Tabular result, Format format, Writer out) {
        writeAll(result.rows(), format, out);
    }

    /** Writes any single result, such as a profile, as one row. */
    public static void writeOne(Object result, Format format, Writer out) {
        writeAll(List.of(result), format, out);
    }

    private static void writeAll(List<?> rows, Format format, Writer out) {
        RowWriter writer = writer(format, out);
        rows.forEach(writer::write);
        writer.finish();
    }

    /** A row as ordered field names and values, the way Jackson writes it as JSON. */
    static Map<String, Object> fields(Object row) {
        return JSON.convertValue(row, MAP);
    }

    private record JsonLines(Writer out) implements RowWriter {
        @Override
        public void write(Object row) {
            try {
                out.write(JSON.writeValueAsString(row));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Csv implements RowWriter {
        private final Writer out;
        private CSVPrinter printer;
        private List<String> header;

        Csv(Writer out) {
            this.out = out;
        }

        @Override
        public void write(Object row) {
            Map<String, Object> fields = fields(row);
            try {
                if (printer == null) {
                    header = List.copyOf(fields.keySet());
                    printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out);
                }
                List<String> cells = new ArrayList<>(header.size());
                for (String column : header) {
                    cells.add(cell(fields.get(column)));
                }
                printer.printRecord(cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish() {
            try {
                if (printer != null) {
                    printer.flush();
                } else {
                    out.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String cell(Object value) throws JsonProcessingException {
            if (value == null) {
                return "";
            }
            if (value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String)) {
                return list.stream().map(String.class::cast).collect(Collectors.joining("; "));
            }
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                return JSON.writeValueAsString(value);
            }
            return value.toString();
        }
    }
}
