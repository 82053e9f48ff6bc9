package nl.binnenhof.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.binnenhof.read.Article;

/**
 * One article with the layers of analysis added to it so far. Layers are write-once: a stage adds its
 * layer and never replaces another's, so every result keeps pointing at the evidence it came from.
 * A document is per-call state: it is not shared between threads.
 */
public final class Document {
    private final Article article;
    private final Map<Layer<?>, List<?>> layers = new LinkedHashMap<>();

    public Document(Article article) {
        this.article = article;
    }

    public Article article() {
        return article;
    }

    public String text() {
        return article.text();
    }

    /** The covered text of a span. */
    public String covered(Span span) {
        return article.text().substring(span.begin(), span.end());
    }

    public <T> void add(Layer<T> layer, List<? extends T> spans) {
        if (layers.containsKey(layer)) {
            throw new IllegalStateException("layer " + layer + " was already added to " + article.id());
        }
        layers.put(layer, List.copyOf(spans));
    }

    @SuppressWarnings("unchecked")
    public <T> List<T> get(Layer<T> layer) {
        List<?> spans = layers.get(layer);
        if (spans == null) {
            throw new IllegalStateException("layer " + layer + " is missing: run the stage that provides it first");
        }
        return (List<T>) spans;
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    public Set<Layer<?>> layers() {
        return layers.keySet();
    }
}
