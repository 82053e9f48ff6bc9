package nl.binnenhof.events.dossiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.binnenhof.events.Corpus;
import nl.binnenhof.events.EventType;
import nl.binnenhof.events.topics.CapTopic;
import nl.binnenhof.kb.DateRange;
import nl.binnenhof.text.Document;

/** Grouping the real seeds into dossiers, and the grouping rules on digests made for the test. */
class DossierBuilderTest {
    private static final CapTopic IMMIGRATION = new CapTopic(9, "Immigration", "Immigratie en asiel");
    private static final CapTopic HEALTH = new CapTopic(3, "Health", "Gezondheidszorg");
    private static final List<String> COALITION = List.of("Mark Rutte", "VVD", "D66", "CDA", "ChristenUnie");

    static ArticleDigest digest(String id, CapTopic topic, String from, String to, List<String> actors) {
        DateRange when = from == null ? null : new DateRange(LocalDate.parse(from), LocalDate.parse(to));
        Set<String> persons = actors.stream().filter(a -> a.contains(" ")).collect(Collectors.toSet());
        return new ArticleDigest(id, from, when, from == null ? "none" : "page", topic, new LinkedHashSet<>(actors),
                persons, List.of(), List.of());
    }

    static Dossier dossierOf(List<Dossier> dossiers, String articleId) {
        return dossiers.stream().filter(d -> d.articles().contains(articleId)).findFirst().orElseThrow();
    }

    @Test
    void theMigrationSeedsOfJuly2023FormOneDossierWithATimeline() {
        List<ArticleDigest> digests = new ArrayList<>();
        for (Document doc : Corpus.all("seeds")) {
            digests.add(ArticleDigest.of(doc));
        }
        List<Dossier> dossiers = DossierBuilder.group(digests);
        Dossier migration = dossierOf(dossiers, "001_c04cf5d71b904dc6");
        assertEquals(List.of("001_c04cf5d71b904dc6", "003_db0a187e84b59eb5", "004_fe59bcc4f5a820d3"), migration.articles());
        assertEquals(9, migration.topic().code());
        assertEquals(new DateRange(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 31)), migration.period());
        assertEquals("Mark Rutte", migration.participants().get(0).actor());
        assertEquals(3, migration.participants().get(0).articles());
        assertTrue(migration.timeline().stream().anyMatch(e -> e.type() == EventType.APOLOGY
                && e.articleId().equals("003_db0a187e84b59eb5") && e.participants().contains("Mark Rutte")));
        for (int i = 1; i < migration.timeline().size(); i++) {
            assertTrue(!migration.timeline().get(i).date().earliest().isBefore(migration.timeline().get(i - 1).date().earliest()),
                    "the timeline is in order of date");
        }
        assertEquals(1, dossierOf(dossiers, "002_1f7b86238e898ac0").articles().size(), "the 2021 formation is another dossier");
        Dossier budget = dossierOf(dossiers, "000_12c99f56c81566fe");
        assertEquals(1, budget.topic().code());
        assertTrue(budget.period().contains(LocalDate.of(2013, 9, 19)), "an undated article is placed by its offices");
    }

    @Test
    void articlesFarApartInTimeOrOnAnotherTopicAreOtherDossiers() {
        List<Dossier> d = DossierBuilder.group(List.of(
                digest("a", IMMIGRATION, "2023-07-01", "2023-07-31", COALITION),
                digest("b", IMMIGRATION, "2024-02-01", "2024-02-29", COALITION),
                digest("c", HEALTH, "2023-07-01", "2023-07-31", COALITION)));
        assertEquals(3, d.size());
    }

    @Test
    void aLongNegotiationChainsFromWeekToWeek() {
        List<Dossier> d = DossierBuilder.group(List.of(
                digest("a", IMMIGRATION, "2023-06-01", "2023-06-01", COALITION),
                digest("b", IMMIGRATION, "2023-06-25", "2023-06-25", COALITION),
                digest("c", IMMIGRATION, "2023-07-20", "2023-07-20", COALITION)));
        assertEquals(1, d.size(), "a-c are 49 days apart, but b links them");
        assertEquals(List.of("a", "b", "c"), d.get(0).articles());
    }

    @Test
    void closeInTimeButWithoutActorsInCommonIsNotOneDossier() {
        List<Dossier> d = DossierBuilder.group(List.of(
                digest("a", IMMIGRATION, "2023-07-01", "2023-07-31", List.of("Mark Rutte", "VVD", "CDA")),
                digest("b", IMMIGRATION, "2023-07-01", "2023-07-31", List.of("Geert Wilders", "PVV", "JA21"))));
        assertEquals(2, d.size());
    }

    @Test
    void partiesAloneAreNoCommonGround() {
        List<Dossier> d = DossierBuilder.group(List.of(
                digest("a", IMMIGRATION, "2023-07-01", "2023-07-31", List.of("Mark Rutte", "VVD", "D66", "CDA")),
                digest("b", IMMIGRATION, "2023-07-01", "2023-07-31", List.of("Geert Wilders", "VVD", "D66", "CDA"))));
        assertEquals(2, d.size());
    }

    @Test
    void anUndatedArticleJoinsItsBestMatchAndCannotBridgeYears() {
        List<Dossier> d = DossierBuilder.group(List.of(
                digest("a", IMMIGRATION, "2013-07-01", "2013-07-31", COALITION),
                digest("b", IMMIGRATION, "2023-07-01", "2023-07-31", List.of("Mark Rutte", "VVD", "D66", "CDA", "Sigrid Kaag")),
                digest("u", IMMIGRATION, null, null, List.of("Mark Rutte", "VVD", "D66", "CDA", "Sigrid Kaag"))));
        assertEquals(2, d.size());
        assertEquals(List.of("b", "u"), dossierOf(d, "u").articles());
    }

    @Test
    void anUndatedArticleJoinsOnlyWithManyActorsInCommon() {
        List<Dossier> joined = DossierBuilder.group(List.of(
                digest("a", IMMIGRATION, "2023-07-01", "2023-07-31", COALITION),
                digest("u", IMMIGRATION, null, null, COALITION)));
        assertEquals(1, joined.size());
        List<Dossier> apart = DossierBuilder.group(List.of(
                digest("a", IMMIGRATION, "2023-07-01", "2023-07-31", COALITION),
                digest("u", IMMIGRATION, null, null, List.of("Mark Rutte", "VVD", "PVV"))));
        assertEquals(2, apart.size());
        assertNull(dossierOf(apart, "u").period());
    }

    @Test
    void positionsOfTheActorsAreKeptPerActorAndTarget() {
        ArticleDigest a = digest("a", IMMIGRATION, "2023-07-01", "2023-07-31", COALITION).withPositions(List.of(
                new ActorPosition("VVD", "strenger asielbeleid", "support", "a", "VVD en CDA staan een strenger asielbeleid voor."),
                new ActorPosition("D66", "strenger asielbeleid", "oppose", "a", "…")));
        Map<String, Map<String, List<ActorPosition>>> positions = DossierBuilder.group(List.of(a)).get(0).positionsByActor();
        assertEquals("support", positions.get("VVD").get("strenger asielbeleid").get(0).polarity());
        assertEquals("oppose", positions.get("D66").get("strenger asielbeleid").get(0).polarity());
    }
}
