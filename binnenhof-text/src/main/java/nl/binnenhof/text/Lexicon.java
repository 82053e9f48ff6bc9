package nl.binnenhof.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the line-based lexicons that ship as resources: one entry per line, {@code #} starts a comment,
 * blank lines are ignored, tab-separated columns where an entry has more than one.
 */
public final class Lexicon {
    private Lexicon() {
    }

    /** The entries of a resource, each split on tabs. */
    public static List<String[]> rows(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + resource + " is missing from the classpath of "
                        + anchor.getName());
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                if (!line.isBlank()) {
                    rows.add(line.strip().split("\t"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    /** The first column of every entry. */
    public static List<String> entries(Class<?> anchor, String resource) {
        return rows(anchor, resource).stream().map(r -> r[0].strip()).toList();
    }
}
