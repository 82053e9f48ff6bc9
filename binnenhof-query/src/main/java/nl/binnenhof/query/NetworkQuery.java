package nl.binnenhof.query;

/**
 * Which co-occurrence network.
 *
 * @param scope     actors together in one article, or in one sentence
 * @param actor     only articles naming this actor (its ego network); optional
 * @param text      only articles matching this full-text query; optional
 * @param dates     only articles dated within this range
 * @param minWeight leave out pairs that occur together in fewer articles
 * @param maxNodes  keep the actors in the most articles, this many at most
 * @param parties   whether parties are nodes beside persons
 */
public record NetworkQuery(Scope scope, String actor, String text, DateRange dates, int minWeight, int maxNodes,
                           boolean parties) {
    public enum Scope { ARTICLE, SENTENCE }

    public NetworkQuery {
        scope = scope == null ? Scope.ARTICLE : scope;
        dates = dates == null ? DateRange.ALL : dates;
        if (minWeight < 1 || maxNodes < 1) {
            throw new QueryException("a network needs a minimum weight and a maximum of nodes of at least 1");
        }
    }

    public static NetworkQuery of(Scope scope) {
        return new NetworkQuery(scope, null, null, null, 1, 50, true);
    }
}
