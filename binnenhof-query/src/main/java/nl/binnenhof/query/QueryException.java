package nl.binnenhof.query;

/** A request that cannot be answered as asked (bad query syntax, unknown field, bad date, bad paging). */
public final class QueryException extends IllegalArgumentException {
    public QueryException(String message) {
        super(message);
    }
}
