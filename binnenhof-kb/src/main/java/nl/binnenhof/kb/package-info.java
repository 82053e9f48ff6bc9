/**
 * The knowledge base: facts about Dutch national politics from 2010 to today — parties and their
 * aliases, persons with party memberships and offices over time, cabinets, seats — read from the
 * tab-separated data files in {@code src/main/resources/nl/binnenhof/kb/}, where every row names its
 * source. It knows nothing of articles; the actor stage asks it questions.
 */
package nl.binnenhof.kb;
