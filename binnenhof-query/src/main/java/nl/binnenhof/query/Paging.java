package nl.binnenhof.query;

/**
 * Which part of a ranked result to return. Deep pages are refused: past {@link #MAX_DEPTH} results, narrow the
 * query or use an export, which streams everything.
 */
public record Paging(int offset, int limit) {
    public static final int MAX_LIMIT = 1000;
    public static final int MAX_DEPTH = 10_000;

    public Paging {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new QueryException("paging: offset must be 0 or more and limit 1 to " + MAX_LIMIT);
        }
        if ((long) offset + limit > MAX_DEPTH) {
            throw new QueryException("paging: results past " + MAX_DEPTH + " are not paged; narrow the query "
                    + "or export the whole result");
        }
    }

    public static Paging first(int limit) {
        return new Paging(0, limit);
    }

    int end() {
        return offset + limit;
    }
}
