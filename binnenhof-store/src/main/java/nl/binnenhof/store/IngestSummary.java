package nl.binnenhof.store;

/**
 * What an ingest or reindex did.
 *
 * @param counts         the final counts
 * @param skippedInputs  inputs (files, records) the readers could not read; see the problems reported
 * @param storedArticles articles in the store afterwards
 */
public record IngestSummary(IngestProgress counts, int skippedInputs, long storedArticles) {

    /** True when every input was read and every article analysed. */
    public boolean complete() {
        return skippedInputs == 0 && counts.failed() == 0;
    }
}
