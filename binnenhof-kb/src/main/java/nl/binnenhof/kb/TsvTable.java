package nl.binnenhof.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated data file with a header line, read from the classpath. Rows that do not fit the
 * header fail loudly with the file and line, so a slip in the data is found when it is made. Public so
 * that the data files of other modules (the parliament model) are read by the same rules.
 */
public final class TsvTable {
    private final String resource;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String[]> rows = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();

    private TsvTable(String resource) {
        this.resource = resource;
    }

    public static boolean exists(String resource) {
        return TsvTable.class.getResource(resource) != null;
    }

    public static TsvTable read(String resource, String... required) {
        TsvTable table = new TsvTable(resource);
        try (InputStream in = TsvTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("knowledge base file " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (header == null) {
                throw new IllegalStateException(resource + " is empty");
            }
            String[] names = header.replace("\uFEFF", "").split("\t", -1);
            for (int i = 0; i < names.length; i++) {
                table.columns.put(names[i].strip(), i);
            }
            for (String column : required) {
                if (!table.columns.containsKey(column)) {
                    throw new IllegalStateException(resource + ": header lacks column '" + column + "' (has "
                            + Arrays.toString(names) + ")");
                }
            }
            int lineNo = 1;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < names.length) {
                    cells = Arrays.copyOf(cells, names.length);
                    for (int i = 0; i < cells.length; i++) {
                        if (cells[i] == null) {
                            cells[i] = "";
                        }
                    }
                }
                table.rows.add(cells);
                table.lines.add(lineNo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return table;
    }

    public int size() {
        return rows.size();
    }

    public String get(int row, String column) {
        Integer i = columns.get(column);
        if (i == null) {
            return "";
        }
        String[] cells = rows.get(row);
        return i < cells.length ? cells[i].strip() : "";
    }

    public List<String> list(int row, String column) {
        String cell = get(row, column);
        if (cell.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public DateRange period(int row, String fromColumn, String toColumn) {
        try {
            return DateRange.between(year(get(row, fromColumn), false), year(get(row, toColumn), true));
        } catch (RuntimeException e) {
            throw new IllegalStateException(where(row) + ": bad date in '" + get(row, fromColumn) + "' / '"
                    + get(row, toColumn) + "'", e);
        }
    }

    /** A bare year in a from/to column stands for its first or last day. */
    private static String year(String s, boolean end) {
        if (s.length() == 4) {
            return s + (end ? "-12-31" : "-01-01");
        }
        return s;
    }

    public String where(int row) {
        return resource + ":" + lines.get(row);
    }
}
