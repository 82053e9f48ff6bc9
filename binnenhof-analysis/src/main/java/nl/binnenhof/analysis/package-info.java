/**
 * The analysis as one piece: {@link nl.binnenhof.analysis.Analyzer} chains the text, actor and quote
 * stages into a checked pipeline, {@link nl.binnenhof.analysis.AnalysisJson} writes the output contract,
 * and the {@code eval} package scores the analysis against gold annotations.
 */
package nl.binnenhof.analysis;
