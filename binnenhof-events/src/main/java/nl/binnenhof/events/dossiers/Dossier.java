package nl.binnenhof.events.dossiers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.binnenhof.events.topics.CapTopic;
import nl.binnenhof.kb.DateRange;

/**
 * Articles about one negotiation: one policy topic, close in time, with actors in common.
 *
 * @param title        the topic, the leading participants and the period, in words
 * @param period       from the earliest to the latest article; null when no article is dated
 * @param articles     the ids of its articles, in order of time
 * @param participants the actors of its articles, most frequent first
 * @param timeline     the events of its articles in order of date
 * @param positions    the stances of its actors (from the positions stage; empty until it runs)
 */
public record Dossier(String id, String title, CapTopic topic, DateRange period, List<String> articles,
                      List<ActorCount> participants, List<TimelineEntry> timeline, List<ActorPosition> positions) {

    /** An actor and the number of the dossier's articles that name it. */
    public record ActorCount(String actor, int articles) {
    }

    /** The positions of each actor on each target: actor, then target, then the stances stated, in order. */
    public Map<String, Map<String, List<ActorPosition>>> positionsByActor() {
        Map<String, Map<String, List<ActorPosition>>> out = new LinkedHashMap<>();
        for (ActorPosition p : positions) {
            out.computeIfAbsent(p.actor(), a -> new LinkedHashMap<>())
                    .computeIfAbsent(p.target(), t -> new java.util.ArrayList<>()).add(p);
        }
        return out;
    }
}
