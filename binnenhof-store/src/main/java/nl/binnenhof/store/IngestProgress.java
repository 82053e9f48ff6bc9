package nl.binnenhof.store;

/**
 * Counts of an ingest so far.
 *
 * @param read      articles read
 * @param added     articles analysed and stored that the store did not have
 * @param updated   articles analysed and stored in place of a different version with the same id
 * @param unchanged articles the store already had with the same content, passed over
 * @param failed    articles whose analysis failed; reported and not stored
 * @param seconds   time since the ingest started
 */
public record IngestProgress(long read, long added, long updated, long unchanged, long failed, double seconds) {

    /** Articles analysed and stored. */
    public long stored() {
        return added + updated;
    }

    /** Articles read, analysed and stored per second (unchanged ones are cheap and are not counted). */
    public double rate() {
        return seconds > 0 ? stored() / seconds : 0;
    }

    /** Articles finished with, whatever the outcome. */
    public long done() {
        return added + updated + unchanged + failed;
    }
}
