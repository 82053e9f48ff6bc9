/**
 * Dates in the text: finds every date expression — absolute ("5 maart 2012", "in 2021"), anchored
 * ("28 maart", "in juni") and relative ("donderdag", "woensdagavond", "vannacht", "volgende week") — and
 * resolves it against the article's date into a {@link nl.binnenhof.events.dates.TimeValue} that keeps the
 * precision really known: an article dated only "2023-07" gives "a Thursday in July 2023, day unknown",
 * a range of days, never an invented day. The words (weekdays, months, parts of the day, relative phrases,
 * tense markers) are data files beside the classes.
 */
package nl.binnenhof.events.dates;
