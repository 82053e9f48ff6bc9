package nl.binnenhof.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus of real articles beside the checkout (system property binnenhof.corpus). */
final class Corpus {
    private Corpus() {
    }

    static Path path(String relative) {
        Path dir = Path.of(System.getProperty("binnenhof.corpus", "../shared/corpus"));
        Path p = dir.resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("the shared corpus is missing: " + p.toAbsolutePath());
        }
        return p;
    }

    static List<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(path("seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
