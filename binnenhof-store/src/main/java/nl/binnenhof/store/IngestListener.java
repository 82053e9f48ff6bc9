package nl.binnenhof.store;

/**
 * What an ingest tells as it goes. Called from the ingest's worker threads too, so implementations must be
 * thread-safe.
 */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {
    };

    /** Counts so far, a few times a second and once at the end. */
    default void progress(IngestProgress progress) {
    }

    /** An input or article that was skipped, or a warning; the ingest goes on. */
    default void problem(String location, String message) {
    }
}
