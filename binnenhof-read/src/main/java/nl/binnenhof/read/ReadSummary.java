package nl.binnenhof.read;

/**
 * What one call of {@link ArticleReaders#read} did, so that a caller can tell a clean run from one that lost input
 * (the CLI exits non-zero when {@link #complete()} is false).
 *
 * @param articles     articles delivered
 * @param problems     problems reported, warnings included (a warning such as an unreadable date keeps the article)
 * @param skipped      inputs that were reported and not delivered: files, records or articles
 * @param ignoredFiles files found in folders whose extension is not read; they are passed over without a problem
 *                     because folders commonly hold notes, schemas and other files beside the articles
 */
public record ReadSummary(int articles, int problems, int skipped, int ignoredFiles) {

    /** True when nothing that was asked for was skipped; warnings alone do not make a run incomplete. */
    public boolean complete() {
        return skipped == 0;
    }
}
