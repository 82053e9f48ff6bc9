package nl.binnenhof.actors;

import java.util.List;

import nl.binnenhof.kb.KnowledgeBase;
import nl.binnenhof.text.Annotator;

/** The actor stage's annotators in their order of dependence. */
public final class ActorAnalysis {
    private ActorAnalysis() {
    }

    public static List<Annotator> stages(KnowledgeBase kb) {
        return List.of(new WordFolder(), new PartyFinder(kb), new OrganisationFinder(), new PersonFinder(kb),
                new ReferenceResolver(kb), new PersonProfiler(kb));
    }
}
