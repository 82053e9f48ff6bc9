package nl.binnenhof.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;

import nl.binnenhof.store.Fields;

/**
 * Co-occurrence networks: persons (and parties) as nodes, weighted by the articles in which two of them are
 * named together, or named in one sentence (pairs the store keeps per article).
 */
final class Networks {
    private Networks() {
    }

    /**
     * @param center the resolved actor whose articles are drawn from, or null for all
     * @param centerType its type
     */
    static Network network(IndexSearcher searcher, NetworkQuery q, String center, String centerType, Names names)
            throws IOException {
        Filters filters = Filters.of(Fields.TYPE_ARTICLE).dates(q.dates());
        if (q.text() != null && !q.text().isBlank()) {
            filters.must(UserQueries.parse(q.text(), Fields.TEXT, UserQueries.ARTICLE_FIELDS, names::resolve));
        }
        if (center != null) {
            filters.term(Profiles.fieldOf(centerType), center);
        }
        Tally nodes = new Tally();
        Map<String, long[]> pairs = new HashMap<>();
        long[] articles = {0};
        Matches.forEach(searcher, filters.build(), leaf -> {
            SortedSetDocValues persons = DocValues.getSortedSet(leaf.reader(), Fields.PERSON);
            SortedSetDocValues parties = DocValues.getSortedSet(leaf.reader(), Fields.PARTY);
            SortedSetDocValues sentencePairs = DocValues.getSortedSet(leaf.reader(), Fields.SENTENCE_PAIR);
            return doc -> {
                articles[0]++;
                List<String> actors = new ArrayList<>(Values.strings(persons, doc));
                actors.forEach(a -> nodes.add(a, "person", 1));
                Set<String> partyNames = Set.copyOf(Values.strings(parties, doc));
                if (q.parties()) {
                    partyNames.forEach(p -> nodes.add(p, "party", 1));
                    actors.addAll(partyNames);
                }
                if (q.scope() == NetworkQuery.Scope.ARTICLE) {
                    actors.sort(null);
                    for (int i = 0; i < actors.size(); i++) {
                        for (int j = i + 1; j < actors.size(); j++) {
                            pairs.computeIfAbsent(actors.get(i) + Fields.SEPARATOR + actors.get(j), k -> new long[1])[0]++;
                        }
                    }
                } else {
                    for (String pair : Values.strings(sentencePairs, doc)) {
                        int tab = pair.indexOf(Fields.SEPARATOR);
                        boolean hasParty = partyNames.contains(pair.substring(0, tab))
                                || partyNames.contains(pair.substring(tab + 1));
                        if (q.parties() || !hasParty) {
                            pairs.computeIfAbsent(pair, k -> new long[1])[0]++;
                        }
                    }
                }
            };
        });
        return prune(q, center, nodes, pairs, articles[0]);
    }

    /** Keeps pairs of at least the minimum weight, then the most-named actors among them, then their edges. */
    private static Network prune(NetworkQuery q, String center, Tally nodes, Map<String, long[]> pairs,
            long articles) {
        Set<String> connected = new HashSet<>();
        List<Network.Edge> edges = new ArrayList<>();
        pairs.forEach((pair, weight) -> {
            if (weight[0] >= q.minWeight()) {
                int tab = pair.indexOf(Fields.SEPARATOR);
                edges.add(new Network.Edge(pair.substring(0, tab), pair.substring(tab + 1), weight[0]));
                connected.add(pair.substring(0, tab));
                connected.add(pair.substring(tab + 1));
            }
        });
        if (center != null) {
            connected.add(center);
        }
        List<Network.Node> kept = nodes.top(Integer.MAX_VALUE, null).stream()
                .filter(c -> connected.contains(c.name()))
                .sorted(Comparator.comparing((Count c) -> !c.name().equals(center)))
                .limit(q.maxNodes())
                .map(c -> new Network.Node(c.name(), c.type(), c.count()))
                .toList();
        Set<String> names = new HashSet<>();
        kept.forEach(n -> names.add(n.name()));
        List<Network.Edge> keptEdges = edges.stream()
                .filter(e -> names.contains(e.source()) && names.contains(e.target()))
                .sorted(Comparator.comparingLong(Network.Edge::weight).reversed()
                        .thenComparing(Network.Edge::source).thenComparing(Network.Edge::target))
                .toList();
        return new Network(q.scope().name().toLowerCase(), articles, kept, keptEdges);
    }
}
