package nl.binnenhof.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.binnenhof.store.Days;

/** Quotes by speaker, party, date and text over the real articles. */
class QuotesTest {
    private final Archive archive = TestStore.archive();
    private static final Paging ALL = new Paging(0, 1000);

    @Test
    void quotesBySpeakerAreAllTheirsWithTheirSourceSentence() {
        Page<QuoteHit> page = archive.quotes(QuoteQuery.bySpeaker("Mark Rutte"), ALL);
        assertTrue(page.total() > 10, "Rutte is quoted often in this corpus: " + page.total());
        for (QuoteHit q : page.items()) {
            assertEquals("Mark Rutte", q.speaker());
            assertTrue(q.sentence().contains(q.text()), q.sentence() + " / " + q.text());
            String text = archive.article(q.articleId()).orElseThrow().text();
            assertEquals(q.text(), text.substring(q.begin(), q.end()), "offsets point into the stored text");
            assertEquals(q.sentence(), text.substring(q.sentenceBegin(), q.sentenceEnd()));
        }
    }

    @Test
    void aSurnameAsTypedFindsTheSameQuotes() {
        assertEquals(archive.quotes(QuoteQuery.bySpeaker("Mark Rutte"), ALL).total(),
                archive.quotes(QuoteQuery.bySpeaker("rutte"), ALL).total());
        assertEquals(0, archive.quotes(QuoteQuery.bySpeaker("Niemand Bestaatniet"), ALL).total());
    }

    @Test
    void quotesAreNewestFirstAndWithinTheDateRange() {
        Page<QuoteHit> page = archive.quotes(new QuoteQuery(null, null, null, null,
                DateRange.parse("2021", "2023-07")), ALL);
        assertFalse(page.items().isEmpty());
        LocalDate previous = LocalDate.MAX;
        for (QuoteHit q : page.items()) {
            LocalDate day = Days.firstDay(q.date());
            assertFalse(day.isBefore(LocalDate.of(2021, 1, 1)) || day.isAfter(LocalDate.of(2023, 7, 31)), q.date());
            assertFalse(day.isAfter(previous));
            previous = day;
        }
    }

    @Test
    void quotesByPartyAreByItsPeopleOrItself() {
        Page<QuoteHit> page = archive.quotes(new QuoteQuery(null, "cda", null, null, null), ALL);
        assertFalse(page.items().isEmpty());
        page.items().forEach(q -> assertEquals("CDA", q.speakerParty()));
        assertTrue(page.items().stream().anyMatch(q -> !"CDA".equals(q.speaker())), "persons speak for the CDA");
    }

    @Test
    void theQuotedWordsCanBeSearchedWithStemming() {
        Page<QuoteHit> page = archive.quotes(new QuoteQuery(null, null, "onderhandelen", null, null), ALL);
        assertFalse(page.items().isEmpty());
        for (QuoteHit q : page.items()) {
            assertTrue(q.text().toLowerCase(Locale.ROOT).contains("onderhandel"), q.text());
        }
        List<String> kinds = List.of("direct", "mixed", "indirect");
        Page<QuoteHit> direct = archive.quotes(new QuoteQuery(null, null, null, "Direct", null), ALL);
        direct.items().forEach(q -> assertEquals("direct", q.kind()));
        assertTrue(kinds.containsAll(archive.quotes(new QuoteQuery(null, null, null, null, null), ALL).items().stream()
                .map(QuoteHit::kind).distinct().toList()));
    }
}
