package nl.binnenhof.events.dates;

import nl.binnenhof.text.Layer;

/** The layer that the date stage adds. */
public final class DateLayers {
    /** Every date expression, resolved against the article's date. */
    public static final Layer<DateExpression> DATES = Layer.of("dates", DateExpression.class);

    private DateLayers() {
    }
}
