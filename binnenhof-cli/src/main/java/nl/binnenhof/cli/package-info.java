/**
 * The command-line interface ({@code binnenhof analyze | eval | bench}). It calls the public analysis
 * API only — {@link nl.binnenhof.analysis.Analyzer}, {@link nl.binnenhof.analysis.AnalysisJson}, the
 * readers and the evaluation — never the internals of a stage.
 */
package nl.binnenhof.cli;
