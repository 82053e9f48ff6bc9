package nl.binnenhof.events;

import nl.binnenhof.text.Layer;

/** The layer that the event stage adds. */
public final class EventLayers {
    public static final Layer<NegotiationEvent> EVENTS = Layer.of("events", NegotiationEvent.class);

    private EventLayers() {
    }
}
