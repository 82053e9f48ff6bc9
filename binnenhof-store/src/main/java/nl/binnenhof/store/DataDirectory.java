package nl.binnenhof.store;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a store lives: the data directory chosen with {@code --data}, else {@code $BINNENHOF_DATA}, else
 * {@code ./data}. The Lucene index is its {@code index} folder, so the directory can hold other things later.
 *
 * @param root the data directory, absolute
 */
public record DataDirectory(Path root) {
    public static final String ENVIRONMENT_VARIABLE = "BINNENHOF_DATA";

    public DataDirectory {
        root = root.toAbsolutePath().normalize();
    }

    /** The data directory from the option, else the environment, else {@code ./data}. */
    public static DataDirectory resolve(String option) {
        return resolve(option, System.getenv());
    }

    static DataDirectory resolve(String option, Map<String, String> environment) {
        String chosen = option != null && !option.isBlank() ? option : environment.get(ENVIRONMENT_VARIABLE);
        if (chosen == null || chosen.isBlank()) {
            chosen = "data";
        }
        try {
            return new DataDirectory(Path.of(chosen));
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a valid data directory: " + e.getMessage());
        }
    }

    public Path index() {
        return root.resolve("index");
    }

    /** Whether a store has been written here. */
    public boolean hasStore() {
        if (!Files.isDirectory(index())) {
            return false;
        }
        try (var files = Files.list(index())) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
