package nl.binnenhof.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.binnenhof.events.dates.PartOfDay;
import nl.binnenhof.events.dates.Precision;
import nl.binnenhof.text.Document;

/** Negotiation events on real sentences of the corpus, and on a few written for the test. */
class EventFinderTest {

    static List<NegotiationEvent> events(Document doc) {
        return doc.get(EventLayers.EVENTS);
    }

    static NegotiationEvent event(Document doc, EventType type, String cue) {
        return events(doc).stream().filter(e -> e.type() == type && e.cue().equals(cue)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " '" + cue + "' in " + events(doc)));
    }

    static List<String> actors(NegotiationEvent e) {
        return e.participants().stream().map(Participant::actor).toList();
    }

    static String evidence(Document doc, NegotiationEvent e) {
        return doc.text().substring(e.sentenceBegin(), e.sentenceEnd());
    }

    @Test
    void talksContinuedOnThursdayOfAnArticleDatedOnlyJuly2023() throws IOException {
        Document doc = Corpus.seed("001_c04cf5d71b904dc6");
        NegotiationEvent e = event(doc, EventType.CONTINUED, "voortgezet");
        assertEquals("donderdag", e.dateText());
        assertEquals(DayOfWeek.THURSDAY, e.date().weekday());
        assertEquals(Precision.MONTH, e.date().precision(), "the article gives no day, so neither does the event");
        assertEquals(LocalDate.of(2023, 7, 6), e.date().earliest());
        assertEquals(LocalDate.of(2023, 7, 27), e.date().latest());
        assertTrue(e.date().note().contains("day unknown"), e.date().note());
        assertTrue(evidence(doc, e).startsWith("De onderhandelingen in het kabinet"), evidence(doc, e));
        assertEquals(List.of("kabinet"), actors(e));
        assertFalse(e.hypothetical());
    }

    @Test
    void aQuotedContinuationNamesTheCoalitionPartiesAndItsSpeaker() throws IOException {
        NegotiationEvent e = event(Corpus.seed("001_c04cf5d71b904dc6"), EventType.CONTINUED, "gaan verder");
        assertEquals("morgen", e.dateText());
        assertTrue(actors(e).containsAll(List.of("VVD", "D66", "CDA", "ChristenUnie", "Eric van der Burg")), actors(e).toString());
    }

    @Test
    void rutteApologisesInSeed003AndTheNosIsNoParticipant() throws IOException {
        Document doc = Corpus.seed("003_db0a187e84b59eb5");
        NegotiationEvent e = event(doc, EventType.APOLOGY, "excuses aangeboden");
        assertEquals(List.of("Mark Rutte"), actors(e), "the NOS reports, it does not take part");
        assertEquals("article", e.dateSource());
        assertEquals("2023-07", e.date().value());
        assertEquals(doc.text().indexOf("excuses aangeboden"), e.begin());
    }

    @Test
    void theMinistersDidNotComeOutOfItLastNight() throws IOException {
        NegotiationEvent e = event(Corpus.seed("003_db0a187e84b59eb5"), EventType.STALLED, "niet uitgekomen");
        assertEquals("vannacht", e.dateText());
        assertEquals(PartOfDay.NIGHT, e.date().partOfDay());
        assertEquals(Precision.MONTH, e.date().precision());
    }

    @Test
    void bothVariantsWereRejectedByD66AndTheChristenUnie() throws IOException {
        NegotiationEvent e = event(Corpus.seed("003_db0a187e84b59eb5"), EventType.PROPOSAL_REJECTED, "afgewezen");
        assertEquals(List.of("D66", "ChristenUnie"), actors(e));
    }

    @Test
    void budgetTalksOf2013ReachADealRejectAProposalAndPostponeADebate() throws IOException {
        Document doc = Corpus.seed("000_12c99f56c81566fe");
        NegotiationEvent deal = event(doc, EventType.DEAL, "tot akkoord");
        assertEquals(List.of("Diederik Samsom", "GroenLinks"), actors(deal));
        NegotiationEvent rejected = event(doc, EventType.PROPOSAL_REJECTED, "geen steun");
        assertTrue(actors(rejected).contains("VVD"), actors(rejected).toString());
        NegotiationEvent postponed = event(doc, EventType.POSTPONED, "uitgesteld");
        assertEquals(Precision.UNKNOWN, postponed.date().precision(), "an undated article gives relative dates no day");
        NegotiationEvent started = event(doc, EventType.STARTED, "gesprekken voeren");
        assertNull(started.dateText(), "'de kabinetsplannen voor 2014' is a budget year, not the date of the talks");
    }

    @Test
    void aThreatToBringDownTheCabinetIsHypothetical() throws IOException {
        Document doc = Corpus.seed("004_fe59bcc4f5a820d3");
        NegotiationEvent falls = event(doc, EventType.CABINET_FALLS, "kabinet vallen");
        assertTrue(falls.hypothetical(), "'vindt hij het onverantwoord het kabinet te laten vallen'");
        NegotiationEvent deadline = event(doc, EventType.DEADLINE, "moet voor liggen");
        assertEquals("de zomer", deadline.dateText());
        assertTrue(actors(deadline).contains("Mark Rutte"), actors(deadline).toString());
    }

    @Test
    void talksThatBeganOnAnAbsoluteDateCarryThatExactDay() {
        Document doc = Corpus.raw("ewmagazine-1482480");
        NegotiationEvent e = events(doc).stream().filter(x -> x.type() == EventType.STARTED && "5 maart 2012".equals(x.dateText()))
                .findFirst().orElseThrow(() -> new AssertionError(events(doc).toString()));
        assertEquals("2012-03-05", e.date().value());
        assertEquals(Precision.DAY, e.date().precision());
        assertTrue(actors(e).containsAll(List.of("VVD", "CDA", "PVV")), actors(e).toString());
    }

    @Test
    void theSchoofCabinetFellOnTuesday() {
        Document doc = Corpus.raw("hvn-kabinet-valt-over");
        NegotiationEvent e = event(doc, EventType.CABINET_FALLS, "kabinet-Schoof is gevallen");
        assertEquals("dinsdag", e.dateText());
        assertEquals(DayOfWeek.TUESDAY, e.date().weekday());
        assertFalse(e.hypothetical());
    }

    @Test
    void negatedAndConditionalCues() {
        assertTrue(events(Corpus.text("2024-11-15", "Het kabinet is niet gevallen, zei Rutte.")).isEmpty());
        NegotiationEvent threat = events(Corpus.text("2024-11-15",
                "Als er vrijdag geen pakket ligt, trekt de VVD de stekker uit het kabinet.")).stream()
                .filter(e -> e.type() == EventType.CABINET_FALLS).findFirst().orElseThrow();
        assertTrue(threat.hypothetical());
        assertEquals("2024-11-15", threat.date().value(), "vrijdag, the article's own day, looking ahead");
        assertTrue(events(Corpus.text("2024-11-15", "Het bestaande beleid wordt voortgezet.")).isEmpty(),
                "'voortgezet' needs a sentence about negotiating");
    }

    @Test
    void aWordOfTheCabinetsPlansIsNotItsFall() {
        assertTrue(events(Corpus.text("2014-05", "Het kabinet-Rutte II wil de aftrek voor bestaande gevallen verlagen.")).isEmpty());
    }
}
