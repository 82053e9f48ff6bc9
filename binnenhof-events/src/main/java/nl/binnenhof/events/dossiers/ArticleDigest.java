package nl.binnenhof.events.dossiers;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.binnenhof.actors.ActorLayers;
import nl.binnenhof.actors.Mention;
import nl.binnenhof.actors.PersonActor;
import nl.binnenhof.events.EventLayers;
import nl.binnenhof.events.NegotiationEvent;
import nl.binnenhof.events.Participant;
import nl.binnenhof.events.datecheck.DateCheck;
import nl.binnenhof.events.datecheck.DateCheckLayers;
import nl.binnenhof.events.dates.ArticleDate;
import nl.binnenhof.events.topics.CapTopic;
import nl.binnenhof.events.topics.TopicLayers;
import nl.binnenhof.kb.DateRange;
import nl.binnenhof.text.Document;

/**
 * What dossier grouping needs of one analysed article, small enough to keep for a whole corpus: its topic,
 * when it speaks of, who takes part, and its events as timeline entries.
 *
 * @param when       the period the article speaks of: its page date, or the date check's estimate when the
 *                   page date is contradicted or missing; null when nothing is known
 * @param whenSource "page", "estimate" or "none"
 * @param topic      the article's CAP major topic, or null
 * @param actors     the persons and parties it names, canonical, in order of first mention
 * @param persons    the persons among them
 * @param positions  stances stated in the article; empty until the positions stage provides them
 */
public record ArticleDigest(String id, String pageDate, DateRange when, String whenSource, CapTopic topic,
                            Set<String> actors, Set<String> persons, List<TimelineEntry> events,
                            List<ActorPosition> positions) {
    /** An estimate wider than this places an article too loosely to link it by time. */
    static final int CLOSE_DATING_DAYS = 92;

    /** The digest of a document that went through the actor stage and this module's stages. */
    public static ArticleDigest of(Document doc) {
        String id = doc.article().id();
        Set<String> actors = new LinkedHashSet<>();
        for (PersonActor p : doc.get(ActorLayers.PERSONS)) {
            actors.add(p.name());
        }
        Set<String> persons = Set.copyOf(actors);
        for (Mention m : doc.get(ActorLayers.PARTY_MENTIONS)) {
            actors.add(m.actor());
        }
        List<TimelineEntry> events = new ArrayList<>();
        for (NegotiationEvent e : doc.get(EventLayers.EVENTS)) {
            events.add(new TimelineEntry(id, e.type(), e.date(), e.dateText(), e.cue(),
                    doc.text().substring(e.sentenceBegin(), e.sentenceEnd()), e.sentenceBegin(), e.sentenceEnd(),
                    e.participants().stream().map(Participant::actor).toList(), e.hypothetical()));
        }
        DateCheck check = doc.get(DateCheckLayers.DATE_CHECK).get(0);
        DateRange when = null;
        String whenSource = "none";
        if (check.pageDate() != null && check.verdict() != DateCheck.Verdict.CONTRADICTED) {
            when = ArticleDate.of(check.pageDate()).range(); // a look back still belongs to its own time
            whenSource = "page";
        } else if (check.estimate() != null && check.estimate().from() != null && check.estimate().to() != null) {
            when = check.estimate();
            whenSource = "estimate";
        }
        CapTopic topic = doc.get(TopicLayers.TOPICS).get(0).topic();
        return new ArticleDigest(id, check.pageDate(), when, whenSource, topic, Collections.unmodifiableSet(actors),
                persons, List.copyOf(events), List.of());
    }

    /** Whether the article is placed in time closely enough (a page date, or a narrow estimate) to link by time. */
    public boolean datedClosely() {
        return when != null && ChronoUnit.DAYS.between(when.from(), when.to()) < CLOSE_DATING_DAYS;
    }

    /** The same digest with the stances the positions stage found. */
    public ArticleDigest withPositions(List<ActorPosition> found) {
        return new ArticleDigest(id, pageDate, when, whenSource, topic, actors, persons, events, List.copyOf(found));
    }
}
