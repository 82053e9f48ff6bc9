package nl.binnenhof.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.binnenhof.events.datecheck.DateCheck;
import nl.binnenhof.events.datecheck.DateCheckLayers;
import nl.binnenhof.events.datecheck.DateEvidence;
import nl.binnenhof.events.dates.DateExpression;
import nl.binnenhof.events.dates.DateLayers;
import nl.binnenhof.events.dates.TimeValue;
import nl.binnenhof.events.topics.TopicAssignment;
import nl.binnenhof.events.topics.TopicLayers;
import nl.binnenhof.kb.DateRange;
import nl.binnenhof.text.Document;

/**
 * This module's part of the output contract, as plain maps and lists for any JSON writer: the fields
 * {@code dates}, {@code events}, {@code topics} and {@code dateCheck} of an analysed document. Every field
 * carries the offsets of its evidence into the article text.
 */
public final class EventsJson {
    private EventsJson() {
    }

    /** The four fields, in output order, for a document that went through {@link EventAnalysis#stages}. */
    public static Map<String, Object> fields(Document doc) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dates", dates(doc.get(DateLayers.DATES)));
        out.put("events", events(doc, doc.get(EventLayers.EVENTS)));
        out.put("topics", topics(doc.get(TopicLayers.TOPICS)));
        out.put("dateCheck", dateCheck(doc.get(DateCheckLayers.DATE_CHECK).get(0)));
        return out;
    }

    private static List<Object> dates(List<DateExpression> dates) {
        List<Object> out = new ArrayList<>();
        for (DateExpression d : dates) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", d.text());
            m.put("begin", d.begin());
            m.put("end", d.end());
            m.put("kind", d.kind());
            m.put("anchor", d.anchor());
            m.put("tense", d.tense().name().toLowerCase(Locale.ROOT));
            m.putAll(time(d.value()));
            out.add(m);
        }
        return out;
    }

    private static List<Object> events(Document doc, List<NegotiationEvent> events) {
        List<Object> out = new ArrayList<>();
        for (NegotiationEvent e : events) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", e.type().label());
            m.put("cue", e.cue());
            m.put("begin", e.begin());
            m.put("end", e.end());
            List<Object> participants = new ArrayList<>();
            for (Participant p : e.participants()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("actor", p.actor());
                x.put("type", p.typeLabel());
                x.put("via", p.via());
                participants.add(x);
            }
            m.put("participants", participants);
            Map<String, Object> date = new LinkedHashMap<>(time(e.date()));
            date.put("text", e.dateText());
            date.put("source", e.dateSource());
            m.put("date", date);
            m.put("hypothetical", e.hypothetical());
            m.put("sentence", doc.text().substring(e.sentenceBegin(), e.sentenceEnd()));
            m.put("sentenceBegin", e.sentenceBegin());
            m.put("sentenceEnd", e.sentenceEnd());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> topics(List<TopicAssignment> topics) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> quotes = new ArrayList<>();
        for (TopicAssignment t : topics) {
            Map<String, Object> m = topic(t);
            if (t.scope().equals(TopicAssignment.ARTICLE)) {
                out.put("article", m);
            } else {
                Map<String, Object> q = new LinkedHashMap<>();
                q.put("begin", t.begin());
                q.put("end", t.end());
                q.put("speaker", t.speaker());
                q.putAll(m);
                quotes.add(q);
            }
        }
        out.put("scheme", "CAP major topics (Comparative Agendas Project master codebook)");
        out.put("quotes", quotes);
        return out;
    }

    private static Map<String, Object> topic(TopicAssignment t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", t.topic() == null ? null : t.topic().code());
        m.put("name", t.topic() == null ? null : t.topic().name());
        m.put("label", t.topic() == null ? null : t.topic().label());
        m.put("score", t.score());
        m.put("cues", t.cues());
        return m;
    }

    private static Map<String, Object> dateCheck(DateCheck c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pageDate", c.pageDate());
        m.put("verdict", c.verdict().label());
        m.put("flagged", c.flagged());
        m.put("estimate", c.estimate() == null ? null : period(c.estimate()));
        m.put("note", c.note());
        List<Object> evidence = new ArrayList<>();
        for (DateEvidence e : c.evidence()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", e.kind().label());
            x.put("text", e.text());
            x.put("begin", e.begin());
            x.put("end", e.end());
            x.put("counts", e.counts());
            x.put("agreesWithPage", e.agreesWithPage());
            x.put("supports", e.supports().stream().map(EventsJson::period).toList());
            x.put("explanation", e.explanation());
            evidence.add(x);
        }
        m.put("evidence", evidence);
        return m;
    }

    /** A resolved date with its precision, range and notes. */
    public static Map<String, Object> time(TimeValue v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", v.value());
        m.put("precision", v.precision().label());
        m.put("earliest", v.earliest() == null ? null : v.earliest().toString());
        m.put("latest", v.latest() == null ? null : v.latest().toString());
        m.put("weekday", v.weekday() == null ? null : v.weekday().name().toLowerCase(Locale.ROOT));
        m.put("partOfDay", v.partOfDay() == null ? null : v.partOfDay().label());
        m.put("note", v.note());
        return m;
    }

    /** A period with its ISO 8601 interval ("2012-02-14/2017-01-09", ".." for an open end). */
    public static Map<String, Object> period(DateRange r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", r.from() == null ? null : r.from().toString());
        m.put("to", r.to() == null ? null : r.to().toString());
        m.put("interval", (r.from() == null ? ".." : r.from().toString()) + "/" + (r.to() == null ? ".." : r.to().toString()));
        return m;
    }
}
