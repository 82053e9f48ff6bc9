package nl.binnenhof.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.binnenhof.actors.ActorType;
import nl.binnenhof.actors.Mention;
import nl.binnenhof.actors.PersonActor;
import nl.binnenhof.positions.Position;
import nl.binnenhof.events.EventsJson;
import nl.binnenhof.quotes.Quote;
import nl.binnenhof.read.Article;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Span;

/**
 * Writes an analysis as one JSON object in the output contract ({@code id}, {@code persons},
 * {@code parties}, {@code quotes}, {@code positions}, as in the gold format), with offsets, cues and
 * evidence as further fields.
 */
public final class AnalysisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnalysisJson() {
    }

    public static String toJson(ArticleAnalysis a) {
        try {
            return MAPPER.writeValueAsString(toMap(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write analysis of " + a.id() + " as JSON", e);
        }
    }

    public static Map<String, Object> toMap(ArticleAnalysis a) {
        Document doc = a.document();
        Article article = doc.article();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", article.id());
        out.put("date", article.date());
        out.put("source", article.source());
        out.put("title", article.title());
        List<Object> persons = new ArrayList<>();
        for (PersonActor p : a.persons()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("party", p.party());
            m.put("partySource", p.partySource());
            m.put("roles", p.roles());
            m.put("formerRoles", p.formerRoles());
            m.put("inKnowledgeBase", p.known());
            m.put("mentions", spans(doc, a.personMentions().stream().filter(x -> x.actor().equals(p.name())).toList()));
            persons.add(m);
        }
        out.put("persons", persons);
        out.put("parties", a.parties());
        out.put("organisations", a.organisations());
        out.put("quotes", quotes(doc, a.quotes()));
        out.put("indirectQuotes", quotes(doc, a.indirectQuotes()));
        // the gold schema's positions are those of parties and persons; an organisation's ("het kabinet", a union) beside them
        out.put("positions", positions(doc, a.positions().stream().filter(p -> p.actorType() != ActorType.ORGANISATION).toList()));
        out.put("organisationPositions",
                positions(doc, a.positions().stream().filter(p -> p.actorType() == ActorType.ORGANISATION).toList()));
        out.put("partyMentions", mentions(doc, a.partyMentions()));
        out.put("references", mentions(doc, a.references()));
        out.putAll(EventsJson.fields(doc)); // dates, events, topics, dateCheck
        return out;
    }

    private static List<Object> quotes(Document doc, List<Quote> quotes) {
        List<Object> out = new ArrayList<>();
        for (Quote q : quotes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", q.text());
            m.put("speaker", q.speaker());
            m.put("speakerType", q.speakerType() == null ? null : q.speakerType().name().toLowerCase());
            m.put("kind", q.kind().name().toLowerCase());
            m.put("cue", q.cue());
            m.put("begin", q.contentBegin());
            m.put("end", q.contentEnd());
            if (q.speakerBegin() >= 0) {
                m.put("speakerSpan", List.of(q.speakerBegin(), q.speakerEnd()));
            }
            m.put("sentence", doc.text().substring(q.sentenceBegin(), q.sentenceEnd()));
            m.put("sentenceBegin", q.sentenceBegin());
            m.put("sentenceEnd", q.sentenceEnd());
            m.put("attribution", q.method());
            out.add(m);
        }
        return out;
    }

    private static List<Object> positions(Document doc, List<Position> positions) {
        List<Object> out = new ArrayList<>();
        for (Position p : positions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("actor", p.actor());
            m.put("actorType", p.actorType().name().toLowerCase());
            m.put("polarity", p.polarity().name().toLowerCase());
            m.put("target", p.target());
            m.put("targetBegin", p.targetBegin());
            m.put("targetEnd", p.targetEnd());
            m.put("cue", p.cue());
            m.put("sentence", doc.text().substring(p.begin(), p.end()));
            m.put("sentenceBegin", p.begin());
            m.put("sentenceEnd", p.end());
            m.put("frame", p.frame());
            out.add(m);
        }
        return out;
    }

    private static List<Object> mentions(Document doc, List<Mention> mentions) {
        List<Object> out = new ArrayList<>();
        for (Mention x : mentions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("actor", x.actor());
            m.put("form", x.form().name().toLowerCase());
            m.put("text", doc.covered(x));
            m.put("begin", x.begin());
            m.put("end", x.end());
            out.add(m);
        }
        return out;
    }

    private static List<Object> spans(Document doc, List<? extends Span> spans) {
        List<Object> out = new ArrayList<>();
        for (Span s : spans) {
            Map<String, Object> m = new LinkedHashMap<>(); // fixed key order: the same analysis, the same bytes
            m.put("text", doc.covered(s));
            m.put("begin", s.begin());
            m.put("end", s.end());
            out.add(m);
        }
        return out;
    }
}
