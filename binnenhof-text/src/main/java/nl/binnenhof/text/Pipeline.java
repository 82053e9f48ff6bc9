package nl.binnenhof.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A chain of annotators, itself an annotator. The order is checked once, when the pipeline is built:
 * every stage must find the layers it requires already provided by an earlier stage.
 */
public final class Pipeline implements Annotator {
    private final List<Annotator> stages;
    private final Set<Layer<?>> provides;

    public Pipeline(List<? extends Annotator> stages) {
        Set<Layer<?>> available = new HashSet<>();
        Set<Layer<?>> provided = new LinkedHashSet<>();
        for (Annotator stage : stages) {
            for (Layer<?> needed : stage.requires()) {
                if (!available.contains(needed)) {
                    throw new IllegalArgumentException(stage.name() + " requires layer " + needed
                            + ", which no earlier stage provides");
                }
            }
            for (Layer<?> layer : stage.provides()) {
                if (!available.add(layer)) {
                    throw new IllegalArgumentException(stage.name() + " provides layer " + layer
                            + ", which an earlier stage already provides");
                }
                provided.add(layer);
            }
        }
        this.stages = List.copyOf(stages);
        this.provides = Set.copyOf(provided);
    }

    public static Pipeline of(Annotator... stages) {
        return new Pipeline(List.of(stages));
    }

    public Pipeline then(Annotator... more) {
        List<Annotator> all = new ArrayList<>(stages);
        all.addAll(List.of(more));
        return new Pipeline(all);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return provides;
    }

    @Override
    public void annotate(Document document) {
        for (Annotator stage : stages) {
            stage.annotate(document);
        }
    }

    public List<Annotator> stages() {
        return stages;
    }
}
