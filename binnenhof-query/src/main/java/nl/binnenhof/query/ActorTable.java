package nl.binnenhof.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

import nl.binnenhof.store.Fields;

/**
 * Every actor in one version of the store with its counts, built in one pass over the mention and quote
 * documents' doc values and kept until the store changes. It lists actors and resolves the names users type
 * ("rutte", "Rutte", "Mark Rutte") to the stored canonical name.
 */
final class ActorTable {
    private final Map<String, ActorSummary> byName;
    private final List<ActorSummary> ranked;

    private ActorTable(Map<String, ActorSummary> byName) {
        this.byName = byName;
        this.ranked = byName.values().stream()
                .sorted(Comparator.comparingLong(ActorSummary::articles).reversed().thenComparing(ActorSummary::name))
                .toList();
    }

    /** Actors by articles naming them, most first. */
    List<ActorSummary> ranked() {
        return ranked;
    }

    ActorSummary get(String name) {
        return byName.get(name);
    }

    /**
     * The stored name meant by what a user typed, of the given type (null for any): the name itself, the name
     * in other case, or the actor with the most articles whose name ends with or contains it as whole words
     * ("rutte" gives "Mark Rutte"); null when there is none.
     */
    String resolve(String typed, String type) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        ActorSummary exact = byName.get(typed.strip());
        if (exact != null && (type == null || exact.type().equals(type))) {
            return exact.name();
        }
        String wanted = fold(typed);
        ActorSummary best = null;
        int bestRank = Integer.MAX_VALUE;
        for (ActorSummary actor : ranked) { // in rank order, so the first of a kind is the most named
            if (type != null && !actor.type().equals(type)) {
                continue;
            }
            String name = fold(actor.name());
            int rank = name.equals(wanted) ? 0 : name.endsWith(" " + wanted) ? 1
                    : (" " + name + " ").contains(" " + wanted + " ") ? 2 : Integer.MAX_VALUE;
            if (rank < bestRank) {
                best = actor;
                bestRank = rank;
            }
        }
        return best == null ? null : best.name();
    }

    private static String fold(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static ActorTable build(IndexSearcher searcher) throws IOException {
        Map<String, long[]> counts = new HashMap<>(); // name -> articles, mentions, quotes, day of party
        Map<String, String> types = new HashMap<>();
        Map<String, String> parties = new HashMap<>();
        Matches.forEach(searcher, new TermQuery(new Term(Fields.TYPE, Fields.TYPE_MENTION)), leaf -> {
            SortedSetDocValues actors = DocValues.getSortedSet(leaf.reader(), Fields.ACTOR);
            SortedSetDocValues actorTypes = DocValues.getSortedSet(leaf.reader(), Fields.ACTOR_TYPE);
            SortedSetDocValues actorParties = DocValues.getSortedSet(leaf.reader(), Fields.ACTOR_PARTY);
            NumericDocValues mentions = DocValues.getNumeric(leaf.reader(), Fields.MENTIONS);
            NumericDocValues days = DocValues.getNumeric(leaf.reader(), Fields.DAY);
            return doc -> {
                String name = Values.string(actors, doc);
                if (name == null) {
                    return;
                }
                long[] c = counts.computeIfAbsent(name, n -> new long[] {0, 0, 0, Long.MIN_VALUE});
                c[0]++;
                c[1] += Values.number(mentions, doc, 1);
                if (!types.containsKey(name)) {
                    types.put(name, Values.string(actorTypes, doc));
                }
                long day = Values.number(days, doc, Long.MIN_VALUE + 1);
                if (day >= c[3] && actorParties.advanceExact(doc)) {
                    c[3] = day;
                    parties.put(name, actorParties.lookupOrd(actorParties.nextOrd()).utf8ToString());
                }
            };
        });
        Matches.forEach(searcher, new TermQuery(new Term(Fields.TYPE, Fields.TYPE_QUOTE)), leaf -> {
            SortedSetDocValues speakers = DocValues.getSortedSet(leaf.reader(), Fields.SPEAKER);
            return doc -> {
                String name = Values.string(speakers, doc);
                long[] c = name == null ? null : counts.get(name);
                if (c != null) {
                    c[2]++;
                }
            };
        });
        Map<String, ActorSummary> byName = new HashMap<>();
        counts.forEach((name, c) -> byName.put(name,
                new ActorSummary(name, types.get(name), parties.get(name), c[0], c[1], c[2])));
        return new ActorTable(byName);
    }

    List<ActorSummary> matching(String match, String type) {
        String wanted = match == null ? "" : fold(match);
        List<ActorSummary> out = new ArrayList<>();
        for (ActorSummary a : ranked) {
            if ((type == null || a.type().equals(type)) && fold(a.name()).contains(wanted)) {
                out.add(a);
            }
        }
        return out;
    }
}
