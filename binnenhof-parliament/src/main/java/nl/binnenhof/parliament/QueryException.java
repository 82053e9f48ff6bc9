package nl.binnenhof.parliament;

import java.util.List;

/** A question the model cannot answer as asked: an unknown party, or a day it does not cover. */
public final class QueryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final List<String> suggestions;

    private QueryException(String message, List<String> suggestions) {
        super(message);
        this.suggestions = List.copyOf(suggestions);
    }

    static QueryException unknownParty(String written, List<String> suggestions) {
        String hint = suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions) + "?)";
        return new QueryException("unknown party '" + written + "'" + hint, suggestions);
    }

    static QueryException dayNotCovered(String message) {
        return new QueryException(message, List.of());
    }

    /** Close party names, for an unknown party; empty otherwise. */
    public List<String> suggestions() {
        return suggestions;
    }
}
