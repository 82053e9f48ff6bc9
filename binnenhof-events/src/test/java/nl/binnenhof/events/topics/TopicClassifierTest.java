package nl.binnenhof.events.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.binnenhof.events.Corpus;
import nl.binnenhof.text.Document;

/** CAP major topics of real articles and their quotes, and the minimum below which no topic is given. */
class TopicClassifierTest {

    static TopicAssignment article(Document doc) {
        TopicAssignment first = doc.get(TopicLayers.TOPICS).get(0);
        assertEquals(TopicAssignment.ARTICLE, first.scope());
        return first;
    }

    static Integer code(TopicAssignment t) {
        return t.topic() == null ? null : t.topic().code();
    }

    static TopicAssignment quote(Document doc, String words) {
        return doc.get(TopicLayers.TOPICS).stream()
                .filter(t -> t.scope().equals(TopicAssignment.QUOTE) && doc.covered(t).contains(words))
                .findFirst().orElseThrow(() -> new AssertionError("no quote with " + words));
    }

    @Test
    void theMigrationSeedsAreAboutImmigration() throws IOException {
        for (String seed : List.of("001_c04cf5d71b904dc6", "003_db0a187e84b59eb5", "004_fe59bcc4f5a820d3")) {
            TopicAssignment t = article(Corpus.seed(seed));
            assertEquals(9, code(t), seed + ": " + t);
            assertEquals("Immigration", t.topic().name());
        }
    }

    @Test
    void theBudgetTalksAreMacroeconomicsAndTheFormationGovernmentOperations() throws IOException {
        TopicAssignment budget = article(Corpus.seed("000_12c99f56c81566fe"));
        assertEquals(1, code(budget), budget.toString());
        assertTrue(budget.cues().contains("bezuinigingen"), budget.cues().toString());
        assertEquals(20, code(article(Corpus.seed("002_1f7b86238e898ac0"))));
    }

    @Test
    void fighterJetsForUkraineAreDefense() {
        assertEquals(16, code(article(Corpus.raw("nrc-a4157080"))));
    }

    @Test
    void quotesGetATopicOfTheirOwnOrNone() throws IOException {
        Document budget = Corpus.seed("000_12c99f56c81566fe");
        assertEquals(5, code(quote(budget, "afspraken uit het sociaal akkoord")), "WW and ontslagrecht are labour");
        Document migration = Corpus.seed("004_fe59bcc4f5a820d3");
        TopicAssignment grip = quote(migration, "grip op migratie");
        assertEquals(9, code(grip));
        Document talks = Corpus.seed("001_c04cf5d71b904dc6");
        TopicAssignment noCrisis = quote(talks, "Er is geen crisis, we zijn in gesprek.");
        assertNull(noCrisis.topic());
        assertEquals("Mark Rutte", noCrisis.speaker());
    }

    @Test
    void oneCueWordOutsideTheLeadIsTooLittleForAnArticle() {
        TopicAssignment t = article(Corpus.text("2024-11-15", "Het was een lange dag. Iedereen was moe. Daarna ging het over de koopkracht."));
        assertNull(t.topic(), t.toString());
        assertEquals(1.0, t.score());
        TopicAssignment lead = article(Corpus.text("2024-11-15", "De koopkracht daalt. Iedereen was moe. Het was een lange dag."));
        assertNotNull(lead.topic(), "a cue in the lead counts double");
    }

    @Test
    void compoundsFindTheirTopicButLookalikesDoNot() {
        TopicAssignment t = article(Corpus.text("2024-11-15",
                "De asielinstroom en de arbeidsmigratie stijgen. De politiek is verdeeld over de politieke gevolgen."));
        assertEquals(9, code(t));
        assertEquals(List.of("asielinstroom", "arbeidsmigratie"), t.cues());
        TopicAssignment politics = article(Corpus.text("2024-11-15", "De politiek is verdeeld. Politieke partijen twijfelen."));
        assertNull(politics.topic(), "'politiek' is not 'politie'");
    }
}
