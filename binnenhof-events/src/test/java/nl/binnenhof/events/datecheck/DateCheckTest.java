package nl.binnenhof.events.datecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.binnenhof.events.Corpus;
import nl.binnenhof.events.datecheck.DateCheck.Verdict;
import nl.binnenhof.text.Document;

/** The page-date check on real articles of the corpus and on sentences written for the test. */
class DateCheckTest {

    static DateCheck check(Document doc) {
        return doc.get(DateCheckLayers.DATE_CHECK).get(0);
    }

    @Test
    void aRawArticleDatedYearsAfterItsEventsIsFlaggedWithThePeriodItsOfficesAllow() {
        // the Ukraine referendum of April 2016, on a page dated 2018-05; Samsom led the PvdA until December 2016
        DateCheck c = check(Corpus.raw("nu-4242792"));
        assertEquals("2018-05", c.pageDate());
        assertEquals(Verdict.CONTRADICTED, c.verdict(), c.note());
        assertTrue(c.flagged());
        assertTrue(c.estimate().contains(LocalDate.of(2016, 4, 6)), c.estimate().toString());
        assertFalse(c.estimate().contains(LocalDate.of(2018, 5, 15)), c.estimate().toString());
        DateEvidence samsom = c.evidence().stream().filter(e -> e.text().equals("PvdA-leider Diederik Samsom"))
                .findFirst().orElseThrow(() -> new AssertionError(c.evidence().toString()));
        assertEquals(DateEvidence.Kind.OFFICE, samsom.kind());
        assertEquals(Boolean.FALSE, samsom.agreesWithPage());
        assertTrue(c.note().contains("Samsom"), c.note());
    }

    @Test
    void seedsWhoseOfficesFitTheirDateAreConsistent() throws IOException {
        for (String seed : new String[] {"001_c04cf5d71b904dc6", "003_db0a187e84b59eb5", "004_fe59bcc4f5a820d3"}) {
            DateCheck c = check(Corpus.seed(seed));
            assertEquals(Verdict.CONSISTENT, c.verdict(), seed + ": " + c.note());
            assertTrue(c.evidence().stream().anyMatch(e -> e.text().contains("Rutte") && Boolean.TRUE.equals(e.agreesWithPage())),
                    seed + ": " + c.evidence());
        }
    }

    @Test
    void anUndatedArticleGetsThePeriodItsOfficesAllow() throws IOException {
        // the 2013 budget talks: Dijsselbloem at Finance, Zijlstra, Samsom, Pechtold and Buma leading their parties
        DateCheck c = check(Corpus.seed("000_12c99f56c81566fe"));
        assertEquals(Verdict.NO_PAGE_DATE, c.verdict());
        assertNotNull(c.estimate());
        assertTrue(c.estimate().contains(LocalDate.of(2013, 9, 19)), c.estimate().toString());
        assertFalse(c.estimate().contains(LocalDate.of(2011, 9, 19)), c.estimate().toString());
        assertFalse(c.estimate().contains(LocalDate.of(2018, 9, 19)), c.estimate().toString());
    }

    @Test
    void anArticleThatNamesTheYearItLooksBackOnIsARetrospectiveNotAWrongDate() {
        // a 2023 piece on the 2021 formation: "verkenners … in 2021", "vrijdag 19 maart" (a Friday in 2021)
        DateCheck c = check(Corpus.raw("ad-a431712f"));
        assertEquals(Verdict.RETROSPECTIVE, c.verdict(), c.note());
        assertFalse(c.flagged());
        assertTrue(c.estimate().contains(LocalDate.of(2021, 3, 19)), c.estimate().toString());
        assertTrue(c.evidence().stream().anyMatch(e -> e.kind() == DateEvidence.Kind.WEEKDAY_DATE
                && e.text().equals("vrijdag 19 maart") && Boolean.FALSE.equals(e.agreesWithPage())), c.evidence().toString());
    }

    @Test
    void aTitleThatNoLongerFitsThePageDateContradictsIt() {
        DateCheck afterRutte = check(Corpus.text("2025-06", "Premier Mark Rutte zei dinsdag dat hij blijft."));
        assertEquals(Verdict.CONTRADICTED, afterRutte.verdict(), afterRutte.note());
        assertTrue(afterRutte.estimate().contains(LocalDate.of(2020, 1, 1)));
        DateCheck beforeSchoof = check(Corpus.text("2023-03", "Minister-president Dick Schoof opende het debat."));
        assertEquals(Verdict.CONTRADICTED, beforeSchoof.verdict(), beforeSchoof.note());
        assertTrue(beforeSchoof.estimate().from().isAfter(LocalDate.of(2024, 5, 1)), beforeSchoof.estimate().toString());
    }

    @Test
    void formerAndFutureTitlesDoNotDateTheText() {
        assertEquals(Verdict.CONSISTENT, check(Corpus.text("2025-06", "Oud-premier Mark Rutte zei dinsdag dat hij blijft.")).verdict());
        assertEquals(Verdict.CONSISTENT, check(Corpus.text("2025-06", "Toenmalig premier Mark Rutte zei toen niets.")).verdict());
        DateCheck future = check(Corpus.text("2024-05", "Beoogd premier Dick Schoof zegt dat het nu vaststaat."));
        assertTrue(future.evidence().isEmpty(), future.evidence().toString());
    }

    @Test
    void aTitleInASentenceWithItsOwnYearDatesOnlyThatSentence() {
        DateCheck c = check(Corpus.text("2024-03", "In 2011 zei premier Mark Rutte dat hij bleef."));
        assertEquals(Verdict.CONSISTENT, c.verdict(), c.note());
        assertEquals(DateEvidence.Kind.OFFICE_IN_DATED_SENTENCE, c.evidence().get(0).kind());
    }
}
