package nl.binnenhof.store;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared corpus of real articles beside the checkout (system property binnenhof.corpus). */
final class Corpus {
    private Corpus() {
    }

    static Path path(String relative) {
        Path p = Path.of(System.getProperty("binnenhof.corpus", "../shared/corpus")).resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("the shared corpus is missing: " + p.toAbsolutePath());
        }
        return p;
    }

    static String raw() {
        return path("raw/politics.jsonl").toString();
    }

    static String seeds() {
        return path("seeds").toString();
    }
}
