/**
 * Evaluation against gold annotations in the format of {@code shared/corpus/gold/SCHEMA.md}: the same
 * matching rules and figures as {@code shared/tools/score.py}, so that users can measure the analysis on
 * their own annotated news.
 */
package nl.binnenhof.analysis.eval;
