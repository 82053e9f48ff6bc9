package nl.binnenhof.events.dates;

import java.util.Locale;

/**
 * A part of a day, as TimeML's TIMEX3 writes it after a date ("2023-07-05TEV"). A night belongs to the
 * day on whose evening it starts.
 */
public enum PartOfDay {
    MORNING("MO"), AFTERNOON("AF"), EVENING("EV"), NIGHT("NI");

    private final String timex;

    PartOfDay(String timex) {
        this.timex = timex;
    }

    /** The suffix of a TIMEX3 value: "T" and two letters. */
    public String timexSuffix() {
        return "T" + timex;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
