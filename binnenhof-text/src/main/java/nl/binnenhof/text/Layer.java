package nl.binnenhof.text;

import java.util.Objects;

/**
 * The typed key of one annotation layer in a {@link Document}, after CoreNLP's annotation keys: each
 * analysis stage declares the layers it reads and the one it adds, and a layer holds a list of spans of
 * one type.
 *
 * @param <T> the span type the layer holds
 */
public final class Layer<T> {
    private final String name;
    private final Class<T> type;

    private Layer(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public static <T> Layer<T> of(String name, Class<T> type) {
        return new Layer<>(name, type);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public String toString() {
        return name;
    }
}
