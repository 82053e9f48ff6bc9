/**
 * The positions stage: the stances that parties and persons take on proposals and policies ("VVD en
 * CDA willen strengere regels", "Beide varianten werden afgewezen door D66 en CU", "kreeg geen steun van
 * de VVD", "Tegenover die partijen staan D66 en de ChristenUnie", "Als het aan de PVV ligt, komt er …", "Voor
 * het CDA is dat onbespreekbaar"), one per actor, with the target phrase and the evidence offsets. The cues and
 * their frames are data ({@code stance-cues.tsv}); the actors come from the actor stage, resolved pronouns and
 * "die partij" included.
 */
package nl.binnenhof.positions;
