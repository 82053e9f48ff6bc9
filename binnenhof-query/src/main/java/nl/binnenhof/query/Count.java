package nl.binnenhof.query;

/** An actor and how often it occurs in some relation (articles shared, quotes given). */
public record Count(String name, String type, long count) {
}
