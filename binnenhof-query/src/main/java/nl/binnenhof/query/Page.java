package nl.binnenhof.query;

import java.util.List;

/**
 * One page of a result.
 *
 * @param items  the results on this page, best or newest first
 * @param total  how many results there are in all
 * @param offset the position of the first item in the whole result
 */
public record Page<T>(List<T> items, long total, int offset) implements Tabular {
    public Page {
        items = List.copyOf(items);
    }

    @Override
    public List<?> rows() {
        return items;
    }
}
