package nl.binnenhof.events.topics;

import nl.binnenhof.text.Layer;

/** The layer that the topic stage adds. */
public final class TopicLayers {
    /** The article's topic first, then one assignment per quote (direct, then indirect). */
    public static final Layer<TopicAssignment> TOPICS = Layer.of("topics", TopicAssignment.class);

    private TopicLayers() {
    }
}
