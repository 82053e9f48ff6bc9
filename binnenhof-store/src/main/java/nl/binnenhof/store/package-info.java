/**
 * The embedded record: every article with everything extracted from it, kept in a Lucene index under a data
 * directory (no server to install).
 *
 * <p>This package owns the layout of that index ({@link nl.binnenhof.store.Fields}: one block of documents per
 * article, the article itself followed by one document per quote and one per actor mentioned), the Dutch text
 * analysis used to index and to search ({@link nl.binnenhof.store.DutchText}), and writing: {@link
 * nl.binnenhof.store.StoreWriter} ingests articles in parallel, idempotently (keyed on article id and content
 * hash) and crash-safely (commit points; a block is added atomically), loads the analyses of a Spark run as they
 * are ({@link nl.binnenhof.store.SparkOutput}), and re-analyses the stored texts on {@code reindex}. The whole analysis JSON of each article is stored, so fields added to the analysis flow
 * through without changes here. Reading and querying is {@code nl.binnenhof.query}'s job.
 */
package nl.binnenhof.store;
