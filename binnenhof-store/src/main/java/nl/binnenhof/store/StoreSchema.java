package nl.binnenhof.store;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/** Checks that a store was written with this version's {@link Fields layout} before it is read or written. */
public final class StoreSchema {
    private StoreSchema() {
    }

    /** @throws StoreFailure when the index there was written with another layout */
    public static void check(Directory directory, DataDirectory data) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        check(SegmentInfos.readLatestCommit(directory).getUserData(), data);
    }

    public static void check(IndexCommit commit, DataDirectory data) throws IOException {
        check(commit.getUserData(), data);
    }

    private static void check(Map<String, String> userData, DataDirectory data) {
        String version = userData.get(Fields.COMMIT_SCHEMA);
        if (!Fields.SCHEMA_VERSION.equals(version)) {
            throw new StoreFailure("the store in " + data + " has layout " + (version == null ? "unknown" : version)
                    + ", this version of binnenhof reads layout " + Fields.SCHEMA_VERSION
                    + "; ingest the articles into a new data directory");
        }
    }
}
