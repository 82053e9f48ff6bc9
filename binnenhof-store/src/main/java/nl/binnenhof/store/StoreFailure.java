package nl.binnenhof.store;

/**
 * The store cannot go on: it could not be opened, written or committed. What was committed before stays.
 * Unchecked, so that it passes through the readers' callbacks and stops an ingest at once.
 */
public final class StoreFailure extends RuntimeException {
    public StoreFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreFailure(String message) {
        super(message);
    }
}
