package nl.binnenhof.positions;

import nl.binnenhof.text.Layer;

/** The layer that the positions stage adds. */
public final class PositionLayers {
    public static final Layer<Position> POSITIONS = Layer.of("positions", Position.class);

    private PositionLayers() {
    }
}
