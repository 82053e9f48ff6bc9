package nl.binnenhof.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.binnenhof.events.datecheck.DateCheck;
import nl.binnenhof.events.datecheck.DateCheckLayers;
import nl.binnenhof.events.dates.ArticleDate;
import nl.binnenhof.events.dates.DateExpression;
import nl.binnenhof.events.dates.DateLayers;
import nl.binnenhof.events.dates.DateMention;
import nl.binnenhof.events.dates.Precision;
import nl.binnenhof.events.topics.TopicAssignment;
import nl.binnenhof.events.topics.TopicLayers;
import nl.binnenhof.text.Document;

/** What must hold for every article of the corpus: offsets that point at their evidence, no invented days. */
class CorpusPropertiesTest {
    private static final List<Document> ALL = Corpus.all("raw/politics.jsonl", "seeds", "gold/dev.jsonl");

    @Test
    void everyArticleIsAnalysed() {
        assertTrue(ALL.size() >= 215, "articles read: " + ALL.size());
        for (Document doc : ALL) {
            DateCheck check = doc.get(DateCheckLayers.DATE_CHECK).get(0);
            assertNotNull(check.verdict());
            assertEquals(TopicAssignment.ARTICLE, doc.get(TopicLayers.TOPICS).get(0).scope());
        }
    }

    @Test
    void offsetsPointAtTheWordsTheyReport() {
        for (Document doc : ALL) {
            for (DateExpression d : doc.get(DateLayers.DATES)) {
                assertEquals(d.text(), doc.covered(d), doc.article().id());
            }
            for (NegotiationEvent e : doc.get(EventLayers.EVENTS)) {
                assertTrue(e.sentenceBegin() <= e.begin() && e.end() <= e.sentenceEnd(), doc.article().id() + " " + e);
                assertTrue(doc.covered(e).startsWith(e.cue().split(" ")[0]), doc.article().id() + " " + e.cue());
            }
        }
    }

    @Test
    void anArticleWithoutADayNeverGetsADayFromARelativeDate() {
        int checked = 0;
        for (Document doc : ALL) {
            ArticleDate page = ArticleDate.of(doc.article().date());
            if (page.exactDay()) {
                continue;
            }
            for (DateExpression d : doc.get(DateLayers.DATES)) {
                if (d.anchor().equals("article") && d.kind().equals("relative")) {
                    checked++;
                    assertFalse(d.value().precision() == Precision.DAY || d.value().precision() == Precision.PART_OF_DAY,
                            doc.article().id() + ": " + d);
                    if (d.mention() instanceof DateMention.Weekday || d.mention() instanceof DateMention.DayOffset) {
                        assertTrue(d.value().note().contains("day unknown"), doc.article().id() + ": " + d);
                    }
                }
            }
        }
        assertTrue(checked > 100, "relative dates checked: " + checked);
    }
}
