package nl.binnenhof.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.binnenhof.store.DataDirectory;
import nl.binnenhof.store.IngestListener;
import nl.binnenhof.store.IngestOptions;
import nl.binnenhof.store.StoreWriter;

/** One store of the real articles of the shared corpus (raw and seeds), built once for all query tests. */
final class TestStore {
    private static Archive archive;

    private TestStore() {
    }

    static Path corpus(String relative) {
        Path p = Path.of(System.getProperty("binnenhof.corpus", "../shared/corpus")).resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("the shared corpus is missing: " + p.toAbsolutePath());
        }
        return p;
    }

    static synchronized Archive archive() {
        if (archive == null) {
            try {
                Path dir = Files.createTempDirectory("binnenhof-query-test");
                DataDirectory data = new DataDirectory(dir);
                try (StoreWriter writer = StoreWriter.open(data)) {
                    writer.ingest(List.of(corpus("raw/politics.jsonl").toString(), corpus("seeds").toString()),
                            IngestOptions.defaults(), IngestListener.NONE);
                }
                archive = Archive.open(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return archive;
    }
}
