package nl.binnenhof.events.dates;

/** The tense around a date expression, which decides the direction of a bare weekday or date. */
public enum Tense { PAST, FUTURE, UNKNOWN }
