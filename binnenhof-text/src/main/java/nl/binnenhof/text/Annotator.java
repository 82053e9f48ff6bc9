package nl.binnenhof.text;

import java.util.Set;

/**
 * One stage of analysis: reads the layers it {@link #requires()} and adds the layers it {@link #provides()}.
 * Implementations are immutable and thread-safe (lexicons and knowledge are loaded once, at construction);
 * all per-article state lives in the {@link Document}.
 */
public interface Annotator {
    Set<Layer<?>> requires();

    Set<Layer<?>> provides();

    void annotate(Document document);

    default String name() {
        return getClass().getSimpleName();
    }
}
