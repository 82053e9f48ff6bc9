package nl.binnenhof.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.binnenhof.query.TimelineQuery.Granularity;
import nl.binnenhof.query.TimelineQuery.Subject;

/** Timelines and networks, checked against the searches they aggregate. */
class TimelineNetworkTest {
    private final Archive archive = TestStore.archive();

    @Test
    void anActorsTimelineAddsUpToTheirArticlesAndQuotes() {
        Timeline t = archive.timeline(new TimelineQuery(Subject.ACTOR, "Rutte", Granularity.MONTH, null));
        assertEquals("Mark Rutte", t.name());
        ActorSummary rutte = archive.actor("Mark Rutte").orElseThrow().actor();
        assertEquals(rutte.articles(), t.buckets().stream().mapToLong(Timeline.Bucket::articles).sum() + t.undated());
        assertEquals(rutte.quotes(), t.buckets().stream().mapToLong(Timeline.Bucket::quotes).sum() + undatedQuotes(t));
        assertTrue(rutte.mentions() >= t.buckets().stream().mapToLong(Timeline.Bucket::mentions).sum());
        LocalDate previous = null;
        for (Timeline.Bucket b : t.buckets()) {
            LocalDate start = LocalDate.parse(b.start());
            assertEquals(1, start.getDayOfMonth());
            if (previous != null) {
                assertEquals(previous.plusMonths(1), start, "months follow without gaps");
            }
            previous = start;
        }
    }

    /** Quotes from undated articles, which no bucket holds. */
    private long undatedQuotes(Timeline t) {
        return archive.quotes(QuoteQuery.bySpeaker(t.name()), new Paging(0, 1000)).items().stream()
                .filter(q -> q.date() == null).count();
    }

    @Test
    void aQueryTimelineCountsTheArticlesThatMatchByWeek() {
        Timeline t = archive.timeline(new TimelineQuery(Subject.QUERY, "migratie", Granularity.WEEK,
                DateRange.parse("2015", "2025")));
        long total = archive.search(new ArticleQuery("migratie", null, null, DateRange.parse("2015", "2025"), null),
                Paging.first(1)).total();
        assertEquals(total, t.buckets().stream().mapToLong(Timeline.Bucket::articles).sum());
        t.buckets().forEach(b -> assertEquals(DayOfWeek.MONDAY, LocalDate.parse(b.start()).getDayOfWeek()));
        assertThrows(QueryException.class, () -> archive.timeline(new TimelineQuery(Subject.ACTOR,
                "Niemand Bestaatniet", Granularity.DAY, null)));
    }

    @Test
    void articleNetworkWeightsAreArticlesNamingBoth() {
        Network n = archive.network(new NetworkQuery(NetworkQuery.Scope.ARTICLE, null, null, null, 2, 30, true));
        assertFalse(n.edges().isEmpty());
        assertTrue(n.nodes().size() <= 30);
        for (Network.Edge e : n.edges().subList(0, 5)) {
            assertEquals(archive.search(ArticleQuery.text(field(n, e.source()) + ":\"" + e.source() + "\" AND "
                    + field(n, e.target()) + ":\"" + e.target() + "\""), Paging.first(1)).total(), e.weight(),
                    e.toString());
            assertTrue(e.weight() >= 2);
        }
    }

    private static String field(Network n, String name) {
        return n.nodes().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow().type();
    }

    @Test
    void sentencePairsAreFewerThanArticlePairsAndAnEgoNetworkCentresOnItsActor() {
        Network article = archive.network(new NetworkQuery(NetworkQuery.Scope.ARTICLE, null, null, null, 1, 1000,
                false));
        Network sentence = archive.network(new NetworkQuery(NetworkQuery.Scope.SENTENCE, null, null, null, 1, 1000,
                false));
        Map<String, Long> byPair = new HashMap<>();
        article.edges().forEach(e -> byPair.put(e.source() + "|" + e.target(), e.weight()));
        assertFalse(sentence.edges().isEmpty());
        for (Network.Edge e : sentence.edges()) {
            assertTrue(e.weight() <= byPair.getOrDefault(e.source() + "|" + e.target(), 0L), e.toString());
        }
        sentence.nodes().forEach(node -> assertEquals("person", node.type()));
        Network withParties = archive.network(new NetworkQuery(NetworkQuery.Scope.SENTENCE, null, null, null, 1, 1000,
                true));
        Set<String> partyNodes = new HashSet<>();
        withParties.nodes().stream().filter(n -> n.type().equals("party")).forEach(n -> partyNodes.add(n.name()));
        assertFalse(partyNodes.isEmpty());
        assertEquals(sentence.edges(), withParties.edges().stream()
                .filter(e -> !partyNodes.contains(e.source()) && !partyNodes.contains(e.target())).toList(),
                "leaving parties out leaves the pairs of persons as they are");

        Network ego = archive.network(new NetworkQuery(NetworkQuery.Scope.ARTICLE, "Kaag", null, null, 1, 10, true));
        assertEquals("Sigrid Kaag", ego.nodes().get(0).name());
        assertEquals(archive.actor("Sigrid Kaag").orElseThrow().actor().articles(), ego.articles());
        assertEquals(List.of(), ego.edges().stream().filter(e -> e.weight() > ego.articles()).toList());
    }
}
