package nl.binnenhof.events.dossiers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.binnenhof.events.EventsJson;

/** A dossier as plain maps and lists for any JSON writer, with the evidence of every timeline entry. */
public final class DossierJson {
    private DossierJson() {
    }

    public static Map<String, Object> toMap(Dossier d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", d.id());
        out.put("title", d.title());
        Map<String, Object> topic = new LinkedHashMap<>();
        topic.put("code", d.topic() == null ? null : d.topic().code());
        topic.put("name", d.topic() == null ? null : d.topic().name());
        topic.put("label", d.topic() == null ? null : d.topic().label());
        out.put("topic", topic);
        out.put("period", d.period() == null ? null : EventsJson.period(d.period()));
        out.put("articles", d.articles());
        List<Object> participants = new ArrayList<>();
        for (Dossier.ActorCount c : d.participants()) {
            Map<String, Object> participant = new LinkedHashMap<>(); // fixed key order, unlike Map.of
            participant.put("actor", c.actor());
            participant.put("articles", c.articles());
            participants.add(participant);
        }
        out.put("participants", participants);
        List<Object> timeline = new ArrayList<>();
        for (TimelineEntry e : d.timeline()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("article", e.articleId());
            m.put("type", e.type().label());
            Map<String, Object> date = new LinkedHashMap<>(EventsJson.time(e.date()));
            date.put("text", e.dateText());
            m.put("date", date);
            m.put("cue", e.cue());
            m.put("participants", e.participants());
            m.put("hypothetical", e.hypothetical());
            m.put("evidence", e.evidence());
            m.put("sentenceBegin", e.sentenceBegin());
            m.put("sentenceEnd", e.sentenceEnd());
            timeline.add(m);
        }
        out.put("timeline", timeline);
        Map<String, Object> positions = new LinkedHashMap<>();
        d.positionsByActor().forEach((actor, byTarget) -> {
            Map<String, Object> targets = new LinkedHashMap<>();
            byTarget.forEach((target, stances) -> targets.put(target, stances.stream().map(DossierJson::stance).toList()));
            positions.put(actor, targets);
        });
        out.put("positions", positions);
        return out;
    }

    private static Map<String, Object> stance(ActorPosition p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("polarity", p.polarity());
        m.put("article", p.articleId());
        m.put("evidence", p.evidence());
        return m;
    }
}
