package nl.binnenhof.events.dates;

/** A part of a month or year: "begin juni", "half juli", "eind 2021". */
public enum Phase {
    EARLY, MIDDLE, LATE
}
