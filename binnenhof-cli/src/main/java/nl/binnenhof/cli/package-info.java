/**
 * The command-line interface ({@code binnenhof analyze | eval | bench}, and the store's {@code ingest | reindex |
 * status | search | quotes | actors | parties | timeline | network | export | article | bench-store}). It calls
 * public APIs only — {@link nl.binnenhof.analysis.Analyzer}, {@link nl.binnenhof.analysis.AnalysisJson}, the
 * readers, the evaluation, {@link nl.binnenhof.store.StoreWriter} and {@link nl.binnenhof.query.Archive} —
 * never the internals of a stage.
 */
package nl.binnenhof.cli;
