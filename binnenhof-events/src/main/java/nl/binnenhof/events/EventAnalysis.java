package nl.binnenhof.events;

import java.util.List;

import nl.binnenhof.events.datecheck.DateChecker;
import nl.binnenhof.events.dates.DateFinder;
import nl.binnenhof.events.topics.TopicClassifier;
import nl.binnenhof.kb.KnowledgeBase;
import nl.binnenhof.text.Annotator;

/** The stages of this module in their order of dependence; they follow the quote stages. */
public final class EventAnalysis {
    private EventAnalysis() {
    }

    public static List<Annotator> stages(KnowledgeBase kb) {
        return List.of(new DateFinder(), new DateChecker(kb), new EventFinder(), new TopicClassifier());
    }
}
