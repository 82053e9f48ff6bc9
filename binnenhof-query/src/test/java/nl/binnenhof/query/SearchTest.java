package nl.binnenhof.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Full-text search over the real articles: stemming, phrases, boolean operators, filters, errors. */
class SearchTest {
    private final Archive archive = TestStore.archive();

    private Page<ArticleHit> search(String text) {
        return archive.search(ArticleQuery.text(text), new Paging(0, 1000));
    }

    private Set<String> ids(String text) {
        Set<String> ids = new HashSet<>();
        search(text).items().forEach(h -> ids.add(h.id()));
        return ids;
    }

    private String text(String id) {
        return archive.article(id).orElseThrow().text().toLowerCase(Locale.ROOT);
    }

    @Test
    void aWordFindsItsInflections() {
        // seed 000 says "onderhandelingen" but never "onderhandeling" alone
        assertTrue(ids("onderhandeling").contains("000_12c99f56c81566fe"));
        for (String id : ids("onderhandeling")) {
            assertTrue(text(id).contains("onderhandel"), id);
        }
    }

    @Test
    void aPhraseMatchesOnlyTheWordsInThatOrder() {
        Set<String> phrase = ids("\"Algemene Politieke Beschouwingen\"");
        assertFalse(phrase.isEmpty());
        for (String id : phrase) {
            assertTrue(text(id).contains("algemene politieke beschouwingen"), id);
        }
        assertTrue(ids("Beschouwingen Politieke Algemene").containsAll(phrase));
    }

    @Test
    void booleanOperatorsCombineAsWritten() {
        Set<String> kabinet = ids("kabinet");
        Set<String> migratie = ids("migratie");
        Set<String> and = ids("kabinet AND migratie");
        Set<String> or = ids("kabinet OR migratie");
        Set<String> not = ids("kabinet NOT migratie");
        Set<String> both = new HashSet<>(kabinet);
        both.retainAll(migratie);
        Set<String> either = new HashSet<>(kabinet);
        either.addAll(migratie);
        Set<String> only = new HashSet<>(kabinet);
        only.removeAll(migratie);
        assertFalse(both.isEmpty());
        assertEquals(both, and);
        assertEquals(both, ids("kabinet migratie"), "words are all required by default");
        assertEquals(either, or);
        assertEquals(only, not);
        assertEquals(archive.search(ArticleQuery.text(""), Paging.first(1)).total() - migratie.size(),
                archive.search(ArticleQuery.text("NOT migratie"), Paging.first(1)).total());
    }

    @Test
    void hitsAreRankedAndCarryAMarkedSnippet() {
        Page<ArticleHit> page = archive.search(ArticleQuery.text("gezinshereniging"), Paging.first(5));
        assertFalse(page.items().isEmpty());
        float last = Float.MAX_VALUE;
        for (ArticleHit hit : page.items()) {
            assertTrue(hit.score() <= last);
            last = hit.score();
            assertFalse(hit.highlights().isEmpty(), hit.id());
            for (List<Integer> h : hit.highlights()) {
                assertTrue(hit.snippet().substring(h.get(0), h.get(1)).toLowerCase(Locale.ROOT)
                        .startsWith("gezinshereniging"), hit.snippet());
            }
        }
    }

    @Test
    void filtersByPersonPartyAndDate() {
        Page<ArticleHit> rutte = archive.search(new ArticleQuery(null, "Rutte", "CDA",
                DateRange.parse("2023-07", "2023-07"), null), new Paging(0, 100));
        assertFalse(rutte.items().isEmpty());
        String lastDate = "9999";
        for (ArticleHit hit : rutte.items()) {
            assertTrue(hit.persons().contains("Mark Rutte"), hit.id());
            assertTrue(hit.parties().contains("CDA"), hit.id());
            assertTrue(hit.date().startsWith("2023-07"), hit.date());
            assertTrue(hit.date().compareTo(lastDate) <= 0, "newest first without a query");
            lastDate = hit.date();
        }
        assertEquals(rutte.total(), archive.search(ArticleQuery.text("person:\"Mark Rutte\" AND party:CDA"),
                Paging.first(1)).total() - outside2023July("person:\"Mark Rutte\" AND party:CDA"));
        assertEquals(0, archive.search(new ArticleQuery(null, "Niemand Bestaatniet", null, null, null),
                Paging.first(1)).total());
    }

    private long outside2023July(String query) {
        return search(query).items().stream().filter(h -> h.date() == null || !h.date().startsWith("2023-07")).count();
    }

    @Test
    void badQueriesAreExplainedNotPassedOn() {
        QueryException syntax = assertThrows(QueryException.class, () -> search("kabinet AND"));
        assertTrue(syntax.getMessage().startsWith("cannot parse the query \"kabinet AND\""), syntax.getMessage());
        QueryException field = assertThrows(QueryException.class, () -> search("hash:abc"));
        assertTrue(field.getMessage().contains("unknown field \"hash\""), field.getMessage());
        assertThrows(QueryException.class, () -> search("*inet"));
        assertThrows(QueryException.class, () -> archive.article("bad\nid"));
        assertThrows(QueryException.class, () -> new Paging(9_990, 20));
        assertThrows(QueryException.class, () -> DateRange.parse("2023-08", "2023-07"));
    }

    @Test
    void anArticleComesBackVerbatimWithItsAnalysis() throws Exception {
        StoredArticle article = archive.article("003_db0a187e84b59eb5").orElseThrow();
        assertEquals(Files.readString(TestStore.corpus("seeds/003_db0a187e84b59eb5.txt"), StandardCharsets.UTF_8),
                article.text());
        assertEquals("003_db0a187e84b59eb5", article.analysis().get("id"));
        assertTrue(archive.article("no-such-article").isEmpty());
    }
}
