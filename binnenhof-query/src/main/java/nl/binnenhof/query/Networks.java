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
import org.apache.lucene.index.LeafReader;
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
        List<LeafCounts> leaves = new ArrayList<>();
        Matches.forEach(searcher, filters.build(), leaf -> {
            LeafCounts counts = new LeafCounts(leaf.reader(), q);
            leaves.add(counts);
            return counts::visit;
        });
        Tally nodes = new Tally();
        Map<String, long[]> pairs = new HashMap<>();
        long articles = 0;
        for (LeafCounts counts : leaves) {
            articles += counts.articles;
            counts.addTo(nodes, pairs, q.parties());
        }
        return prune(q, center, nodes, pairs, articles);
    }

    /**
     * The counts of one segment, by ordinal: actors and pairs are counted as numbers while the documents are visited,
     * and turned into names once per segment, not once per article (which made a network of 100,000 articles take
     * seconds).
     */
    private static final class LeafCounts {
        private final SortedSetDocValues persons;
        private final SortedSetDocValues parties;
        private final SortedSetDocValues sentencePairs;
        private final NetworkQuery q;
        private final long[] personCounts;
        private final long[] partyCounts;
        /**
         * Pairs: in sentence scope by the ordinal of the stored pair; in article scope by the two actors' codes (a
         * person's ordinal times two, a party's times two plus one), the smaller in the high half.
         */
        private final Map<Long, long[]> pairCounts = new HashMap<>();
        private final List<Long> codes = new ArrayList<>();
        long articles;

        LeafCounts(LeafReader reader, NetworkQuery q) throws IOException {
            this.persons = DocValues.getSortedSet(reader, Fields.PERSON);
            this.parties = DocValues.getSortedSet(reader, Fields.PARTY);
            this.sentencePairs = DocValues.getSortedSet(reader, Fields.SENTENCE_PAIR);
            this.q = q;
            this.personCounts = new long[Math.toIntExact(persons.getValueCount())];
            this.partyCounts = new long[Math.toIntExact(parties.getValueCount())];
        }

        void visit(int doc) throws IOException {
            articles++;
            codes.clear();
            if (persons.advanceExact(doc)) {
                for (int i = 0; i < persons.docValueCount(); i++) {
                    long ord = persons.nextOrd();
                    personCounts[(int) ord]++;
                    codes.add(ord * 2);
                }
            }
            if (q.parties() && parties.advanceExact(doc)) {
                for (int i = 0; i < parties.docValueCount(); i++) {
                    long ord = parties.nextOrd();
                    partyCounts[(int) ord]++;
                    codes.add(ord * 2 + 1);
                }
            }
            if (q.scope() == NetworkQuery.Scope.ARTICLE) {
                for (int i = 0; i < codes.size(); i++) {
                    for (int j = i + 1; j < codes.size(); j++) {
                        long a = Math.min(codes.get(i), codes.get(j));
                        long b = Math.max(codes.get(i), codes.get(j));
                        pairCounts.computeIfAbsent(a << 32 | b, k -> new long[1])[0]++;
                    }
                }
            } else if (sentencePairs.advanceExact(doc)) {
                for (int i = 0; i < sentencePairs.docValueCount(); i++) {
                    pairCounts.computeIfAbsent(sentencePairs.nextOrd(), k -> new long[1])[0]++;
                }
            }
        }

        /** Adds this segment's counts under their names; without parties, pairs with a party are left out. */
        void addTo(Tally nodes, Map<String, long[]> pairs, boolean withParties) throws IOException {
            String[] personNames = names(persons, personCounts);
            String[] partyNames = names(parties, partyCounts);
            for (int ord = 0; ord < personCounts.length; ord++) {
                nodes.add(personNames[ord], "person", personCounts[ord]);
            }
            for (int ord = 0; ord < partyCounts.length; ord++) {
                nodes.add(partyNames[ord], "party", partyCounts[ord]);
            }
            Set<String> partiesHere = withParties ? Set.of() : allNames(parties);
            for (Map.Entry<Long, long[]> e : pairCounts.entrySet()) {
                String pair;
                if (q.scope() == NetworkQuery.Scope.ARTICLE) {
                    String a = name((int) (e.getKey() >>> 32), personNames, partyNames);
                    String b = name((int) (e.getKey() & 0xffffffffL), personNames, partyNames);
                    pair = a.compareTo(b) < 0 ? a + Fields.SEPARATOR + b : b + Fields.SEPARATOR + a;
                } else {
                    pair = sentencePairs.lookupOrd(e.getKey()).utf8ToString();
                    int tab = pair.indexOf(Fields.SEPARATOR);
                    if (partiesHere.contains(pair.substring(0, tab)) || partiesHere.contains(pair.substring(tab + 1))) {
                        continue;
                    }
                }
                pairs.computeIfAbsent(pair, k -> new long[1])[0] += e.getValue()[0];
            }
        }

        private static String name(int code, String[] personNames, String[] partyNames) {
            return (code & 1) == 0 ? personNames[code >> 1] : partyNames[code >> 1];
        }

        /** The names of the ordinals that were counted; null for the others. */
        private static String[] names(SortedSetDocValues values, long[] counts) throws IOException {
            String[] names = new String[counts.length];
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0) {
                    names[ord] = values.lookupOrd(ord).utf8ToString();
                }
            }
            return names;
        }

        /** Every party named in the segment: a pair with one of them has a party in it. */
        private static Set<String> allNames(SortedSetDocValues values) throws IOException {
            Set<String> names = new HashSet<>();
            for (long ord = 0; ord < values.getValueCount(); ord++) {
                names.add(values.lookupOrd(ord).utf8ToString());
            }
            return names;
        }
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
