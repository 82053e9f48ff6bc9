package nl.binnenhof.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;

import nl.binnenhof.store.SparkOutput;

/**
 * A quick estimate of how many articles some inputs hold, for the progress bar: one per text or HTML file,
 * one per non-empty line of a JSON Lines file, the count of its manifest for the output of a Spark run. Unknown (-1)
 * for standard input.
 */
final class InputSize {
    private InputSize() {
    }

    static long estimate(List<String> paths) {
        long total = 0;
        for (String name : paths) {
            if (name.equals("-")) {
                return -1;
            }
            try {
                Path path = Path.of(name);
                OptionalLong analysed = SparkOutput.articleCount(name);
                if (analysed.isPresent()) {
                    total += analysed.getAsLong();
                } else if (Files.isDirectory(path)) {
                    try (Stream<Path> files = Files.walk(path)) {
                        total += files.filter(Files::isRegularFile).mapToLong(InputSize::articlesIn).sum();
                    }
                } else if (Files.isRegularFile(path)) {
                    total += articlesIn(path);
                }
            } catch (IOException | RuntimeException e) {
                return -1; // the readers will report it properly
            }
        }
        return total;
    }

    private static long articlesIn(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".")) {
            return 0;
        }
        if (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm")) {
            return 1;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return lines(file);
        }
        return 0;
    }

    private static long lines(Path file) {
        long lines = 0;
        boolean content = false;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        lines += content ? 1 : 0;
                        content = false;
                    } else if (b > ' ') {
                        content = true;
                    }
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return lines + (content ? 1 : 0);
    }
}
