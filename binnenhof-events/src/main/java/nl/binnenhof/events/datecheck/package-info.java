/**
 * The page-date check: whether the date a page carries fits its text. Clues are the titles its persons
 * carry at the time of writing ("premier Mark Rutte", checked against the offices and periods of the
 * {@link nl.binnenhof.kb.KnowledgeBase}, which is only read), weekdays that fit a date only in some years,
 * and dates told in the past tense. The verdict (consistent, retrospective, contradicted, no page date)
 * comes with the period the clues support best and the clues themselves. The titles and their modifiers
 * ("oud-", "toenmalig", "beoogd") are data files beside the classes.
 */
package nl.binnenhof.events.datecheck;
