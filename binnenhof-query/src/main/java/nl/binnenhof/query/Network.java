package nl.binnenhof.query;

import java.util.List;

/**
 * Actors and how often they occur together.
 *
 * @param articles articles the network was drawn from
 */
public record Network(String scope, long articles, List<Node> nodes, List<Edge> edges) implements Tabular {

    /** @param articles articles naming the actor among those the network was drawn from */
    public record Node(String name, String type, long articles) {
    }

    /** @param weight articles in which the two occur together (in one sentence, for that scope) */
    public record Edge(String source, String target, long weight) {
    }

    @Override
    public List<?> rows() {
        return edges;
    }
}
