/**
 * The positions stage: the stances that parties and persons take on proposals and policies ("VVD en
 * CDA willen strengere regels", "Beide varianten werden afgewezen door D66 en CU", "kreeg geen steun van
 * de VVD", "Tegenover die partijen staan D66 en de ChristenUnie", "Als het aan de PVV ligt, komt er …", "Voor
 * het CDA is dat onbespreekbaar"), one per actor, with the target phrase and the evidence offsets. The cues and
 * their frames are data ({@code stance-cues.tsv}); the actors come from the actor stage, resolved pronouns and
 * "die partij" included.
 *
 * <p>How the work divides: {@link nl.binnenhof.positions.PositionFinder} is the annotator; per article a
 * {@code StanceScan} finds the cues and applies each cue's frame, asking {@code ActorPhrases} who takes the
 * stance, {@code TargetPhrases} what it is about and {@code Judgements} what a judging word says; all of them
 * read the same {@code ArticleView} of the article's tokens and mentions.
 */
package nl.binnenhof.positions;
