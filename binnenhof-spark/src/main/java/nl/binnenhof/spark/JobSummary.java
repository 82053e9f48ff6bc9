package nl.binnenhof.spark;

import java.util.List;

import nl.binnenhof.read.ReadProblem;

/**
 * What a run wrote.
 *
 * @param articles      rows of the articles table: articles read and analysed
 * @param problems      rows of the problems table: inputs skipped or articles whose analysis failed
 * @param firstProblems the first few problems, for the user's eyes
 */
record JobSummary(long articles, long problems, List<ReadProblem> firstProblems) {
}
