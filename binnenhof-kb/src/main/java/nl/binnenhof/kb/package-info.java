/**
 * The knowledge base: facts about Dutch national politics — parties and their aliases, persons with
 * party memberships and offices over time (cabinet members from Kok I in 1994, Tweede Kamer members
 * from 2002, party chairs, Eerste Kamer group leaders, mayors of the four big cities, the royal house),
 * cabinets, and seats from 2010 — read from the tab-separated data files in
 * {@code src/main/resources/nl/binnenhof/kb/} (person files in the parts {@code parts.tsv} lists), where
 * every row names its source. It knows nothing of articles; the actor stage asks it questions.
 */
package nl.binnenhof.kb;
