package nl.binnenhof.query;

import java.util.List;

/** A result that is a table when exported as CSV or JSON Lines: a page's items, a timeline's buckets, a network's edges. */
public interface Tabular {
    List<?> rows();
}
