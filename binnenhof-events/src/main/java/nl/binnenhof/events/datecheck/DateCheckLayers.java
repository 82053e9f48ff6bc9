package nl.binnenhof.events.datecheck;

import nl.binnenhof.text.Layer;

/** The layer that the date check adds. */
public final class DateCheckLayers {
    /** One {@link DateCheck} per article. */
    public static final Layer<DateCheck> DATE_CHECK = Layer.of("date-check", DateCheck.class);

    private DateCheckLayers() {
    }
}
