package nl.binnenhof.events.dossiers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.binnenhof.events.dates.TimeValue;
import nl.binnenhof.events.topics.CapTopic;
import nl.binnenhof.kb.DateRange;

/**
 * Groups analysed articles into dossiers. Two articles belong together when they have the same policy
 * topic, lie at most {@value #MAX_GAP_DAYS} days apart, and share at least {@value #MIN_SHARED_ACTORS}
 * actors (a fifth of the smaller article's at least), one of them a person: parties alone are in every
 * political article. Dossiers are the groups that such links connect, so a long negotiation chains from
 * week to week. An article that cannot be placed closely in time (no page date, only a wide estimate)
 * joins the one closely dated article it shares most with, if that is {@value #MIN_SHARED_ACTORS_UNDATED}
 * actors or more and lies within its estimate; failing that, the loose article it shares most with. So a
 * loose article cannot bridge years between dossiers. Articles without a topic stay on their own. Within a topic,
 * articles are compared in order of date with those that can still be close enough, so the work stays
 * near-linear in a long corpus.
 */
public final class DossierBuilder {
    static final int MAX_GAP_DAYS = 31;
    static final int MIN_SHARED_ACTORS = 2;
    static final double MIN_SHARED_SHARE = 0.2;
    static final int MIN_SHARED_ACTORS_UNDATED = 4;
    private static final int PARTICIPANTS_IN_TITLE = 3;

    private DossierBuilder() {
    }

    public static List<Dossier> group(List<ArticleDigest> articles) {
        int[] parent = new int[articles.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<Integer, List<Integer>> byTopic = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            CapTopic t = articles.get(i).topic();
            if (t != null) {
                byTopic.computeIfAbsent(t.code(), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> members : byTopic.values()) {
            link(articles, members, parent);
        }
        Map<Integer, List<ArticleDigest>> groups = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(articles.get(i));
        }
        List<Dossier> dossiers = new ArrayList<>();
        for (List<ArticleDigest> group : groups.values()) {
            dossiers.add(dossier(group));
        }
        dossiers.sort(Comparator.comparing((Dossier d) -> d.period() == null ? LocalDate.MAX : d.period().from())
                .thenComparing(d -> d.articles().get(0)));
        List<Dossier> numbered = new ArrayList<>();
        for (Dossier d : dossiers) {
            numbered.add(new Dossier("dossier-" + (numbered.size() + 1), d.title(), d.topic(), d.period(), d.articles(),
                    d.participants(), d.timeline(), d.positions()));
        }
        return numbered;
    }

    /**
     * Links the articles of one topic: dated ones with those close after them, loose ones with their best match.
     * The actors two articles share are counted through an index of the articles by actor ({@link ActorIndex}),
     * and a dated article looks only at those close enough in time: comparing every pair made a corpus of 100,000
     * articles take many minutes.
     */
    private static void link(List<ArticleDigest> articles, List<Integer> members, int[] parent) {
        List<Integer> dated = new ArrayList<>();
        List<Integer> loose = new ArrayList<>();
        for (int i : members) {
            (articles.get(i).datedClosely() ? dated : loose).add(i);
        }
        dated.sort(Comparator.comparing(i -> articles.get(i).when().from()));
        ActorIndex datedIndex = new ActorIndex(articles, dated);
        for (int a = 0; a < dated.size(); a++) {
            ArticleDigest x = articles.get(dated.get(a));
            LocalDate reach = x.when().to().plusDays(MAX_GAP_DAYS);
            for (int b : datedIndex.tally(x, a + 1, reach)) {
                if (datedIndex.shared(x, b, MIN_SHARED_ACTORS) > 0) {
                    union(parent, dated.get(a), dated.get(b));
                }
            }
        }
        List<Integer> unplaced = new ArrayList<>();
        for (int u : loose) {
            DateRange estimate = articles.get(u).when();
            boolean bounded = estimate != null && estimate.from() != null && estimate.to() != null;
            // a dated article overlaps the estimate only if it begins within it or less than its own width before
            int first = bounded ? datedIndex.firstFrom(estimate.from().minusDays(ArticleDigest.CLOSE_DATING_DAYS)) : 0;
            int best = bestMatch(articles, u, datedIndex, first, bounded ? estimate.to() : null);
            if (best >= 0) {
                union(parent, u, best);
            } else {
                unplaced.add(u);
            }
        }
        // loose articles that fit no dated one may still go together, but never join a dated dossier this way
        ActorIndex unplacedIndex = new ActorIndex(articles, unplaced);
        for (int u : unplaced) {
            int best = bestMatch(articles, u, unplacedIndex, 0, null);
            if (best >= 0) {
                union(parent, u, best);
            }
        }
    }

    /**
     * Among the indexed articles from position {@code from} on (beginning by {@code reach}, when given), the one that
     * shares most with {@code u} and lies within its estimate, or -1; on a tie the earliest.
     */
    private static int bestMatch(List<ArticleDigest> articles, int u, ActorIndex index, int from, LocalDate reach) {
        int best = -1;
        int bestShared = 0;
        ArticleDigest x = articles.get(u);
        DateRange estimate = x.when();
        for (int pos : index.tally(x, from, reach)) {
            int m = index.article(pos);
            DateRange other = articles.get(m).when();
            if (m == u || (estimate != null && other != null && !estimate.overlaps(other))) {
                continue; // a wide estimate still rules out what lies outside it
            }
            int n = index.shared(x, pos, MIN_SHARED_ACTORS_UNDATED);
            if (n > bestShared) {
                best = m;
                bestShared = n;
            }
        }
        return best;
    }

    /**
     * A list of articles indexed by the actors they name, to count at once what one article shares with each of
     * them: a pass over the lists of its own actors instead of a comparison with every article.
     */
    private static final class ActorIndex {
        private static final int[] NONE = {};
        private final List<ArticleDigest> articles;
        private final List<Integer> list;
        /** For each actor, the positions in the list of the articles that name it, ascending. */
        private final Map<String, int[]> positionsByActor = new HashMap<>();
        /** Of the last tally: per position, the actors shared, and whether one of them is a person. */
        private final int[] sharedCount;
        private final boolean[] sharesPerson;
        /** The positions the last tally counted, the first {@code touchedSize} of them. */
        private final int[] touched;
        private int touchedSize;

        ActorIndex(List<ArticleDigest> articles, List<Integer> list) {
            this.articles = articles;
            this.list = list;
            this.sharedCount = new int[list.size()];
            this.sharesPerson = new boolean[list.size()];
            this.touched = new int[list.size()];
            Map<String, List<Integer>> positions = new HashMap<>();
            for (int pos = 0; pos < list.size(); pos++) {
                for (String actor : articles.get(list.get(pos)).actors()) {
                    positions.computeIfAbsent(actor, k -> new ArrayList<>()).add(pos);
                }
            }
            positions.forEach((actor, p) -> positionsByActor.put(actor, p.stream().mapToInt(Integer::intValue).toArray()));
        }

        int article(int pos) {
            return list.get(pos);
        }

        /** The first position whose article begins on or after the day, in a list in order of date. */
        int firstFrom(LocalDate day) {
            int lo = 0;
            int hi = list.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (articles.get(list.get(mid)).when().from().isBefore(day)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /**
         * Counts, for every position from {@code from} on, the actors its article shares with {@code x}, and gives
         * the positions that share any, ascending; when {@code reach} is given (the list is then in order of date),
         * only those whose article begins by that day.
         */
        int[] tally(ArticleDigest x, int from, LocalDate reach) {
            for (int i = 0; i < touchedSize; i++) {
                sharedCount[touched[i]] = 0;
                sharesPerson[touched[i]] = false;
            }
            touchedSize = 0;
            for (String actor : x.actors()) {
                boolean person = x.persons().contains(actor);
                int[] positions = positionsByActor.getOrDefault(actor, NONE);
                int k = Arrays.binarySearch(positions, from);
                for (k = k < 0 ? -k - 1 : k; k < positions.length; k++) {
                    int pos = positions[k];
                    if (reach != null && articles.get(list.get(pos)).when().from().isAfter(reach)) {
                        break;
                    }
                    if (sharedCount[pos]++ == 0) {
                        touched[touchedSize++] = pos;
                    }
                    sharesPerson[pos] |= person;
                }
            }
            int[] found = Arrays.copyOf(touched, touchedSize);
            Arrays.sort(found);
            return found;
        }

        /**
         * The number of actors {@code x} shares with the article at the position (from the last tally for {@code x}),
         * or 0 when that is too few to link them: at least {@code minimum} and a fifth of the smaller article's
         * actors, one of them a person.
         */
        int shared(ArticleDigest x, int pos, int minimum) {
            int n = sharedCount[pos];
            int smaller = Math.min(x.actors().size(), articles.get(list.get(pos)).actors().size());
            return sharesPerson[pos] && n >= minimum && n >= MIN_SHARED_SHARE * smaller ? n : 0;
        }
    }

    private static Dossier dossier(List<ArticleDigest> group) {
        group.sort(Comparator.comparing((ArticleDigest a) -> a.datedClosely() ? a.when().from() : LocalDate.MAX)
                .thenComparing(ArticleDigest::id));
        LocalDate from = null;
        LocalDate to = null;
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        List<ActorPosition> positions = new ArrayList<>();
        boolean anyClose = group.stream().anyMatch(ArticleDigest::datedClosely);
        for (ArticleDigest a : group) {
            if (a.when() != null && (a.datedClosely() || !anyClose)) { // a wide estimate must not stretch the period
                from = from == null || a.when().from().isBefore(from) ? a.when().from() : from;
                to = to == null || a.when().to().isAfter(to) ? a.when().to() : to;
            }
            a.actors().forEach(actor -> counts.merge(actor, 1, Integer::sum));
            timeline.addAll(a.events());
            positions.addAll(a.positions());
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < group.size(); i++) {
            order.put(group.get(i).id(), i);
        }
        timeline.sort(Comparator.comparing((TimelineEntry e) -> start(e.date()))
                .thenComparing(e -> end(e.date()))
                .thenComparing(e -> order.get(e.articleId()))
                .thenComparingInt(TimelineEntry::sentenceBegin));
        List<Dossier.ActorCount> participants = counts.entrySet().stream()
                .sorted((x, y) -> Integer.compare(y.getValue(), x.getValue()))
                .map(e -> new Dossier.ActorCount(e.getKey(), e.getValue())).toList();
        DateRange period = from == null ? null : new DateRange(from, to);
        CapTopic topic = group.get(0).topic();
        return new Dossier(null, title(topic, participants, period), topic, period,
                group.stream().map(ArticleDigest::id).toList(), participants, List.copyOf(timeline),
                List.copyOf(positions));
    }

    private static String title(CapTopic topic, List<Dossier.ActorCount> participants, DateRange period) {
        String who = participants.stream().limit(PARTICIPANTS_IN_TITLE).map(Dossier.ActorCount::actor)
                .collect(Collectors.joining(", "));
        String what = topic == null ? "No topic" : topic.name();
        String when = period == null ? "undated" : TimeValue.between(period.from(), period.to(), null, null, null).value();
        return what + (who.isEmpty() ? "" : " — " + who) + " (" + when + ")";
    }

    /** Undated events go last. */
    private static LocalDate start(TimeValue v) {
        return v.earliest() == null ? LocalDate.MAX : v.earliest();
    }

    private static LocalDate end(TimeValue v) {
        return v.latest() == null ? LocalDate.MAX : v.latest();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[root(parent, a)] = root(parent, b);
    }
}
