package nl.binnenhof.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.binnenhof.actors.Mention;
import nl.binnenhof.analysis.AnalysisJson;
import nl.binnenhof.analysis.Analyzer;
import nl.binnenhof.analysis.ArticleAnalysis;
import nl.binnenhof.read.Article;
import nl.binnenhof.read.ArticleReaders;
import nl.binnenhof.read.ReadSummary;

/**
 * What the single-machine tool gives for the same input: the articles its readers read, their analyses, and the
 * rows each table should have, taken from the JSON output contract ({@link AnalysisJson}) rather than from the
 * job's own table code, so that a mistake in that code cannot hide itself.
 */
final class SingleMachine {

    final List<Article> articles = new ArrayList<>();
    final List<ArticleAnalysis> analyses = new ArrayList<>();

    SingleMachine(String... paths) {
        ReadSummary summary = ArticleReaders.read(List.of(paths), articles::add, p -> {
            throw new AssertionError("the test corpus reads without problems: " + p);
        });
        assertTrue(summary.articles() > 0);
        Analyzer analyzer = Analyzer.create();
        articles.forEach(a -> analyses.add(analyzer.analyze(a)));
    }

    List<Map<String, Object>> articleRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ArticleAnalysis a : analyses) {
            Map<String, Object> json = AnalysisJson.toMap(a);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", json.get("id"));
            row.put("date", json.get("date"));
            row.put("title", json.get("title"));
            row.put("source", json.get("source"));
            row.put("text", a.document().article().text());
            row.put("persons", maps(json.get("persons")).stream().map(p -> p.get("name")).toList());
            row.put("parties", json.get("parties"));
            row.put("organisations", json.get("organisations"));
            rows.add(row);
        }
        return rows;
    }

    List<Map<String, Object>> personRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ArticleAnalysis a : analyses) {
            for (Map<String, Object> p : maps(AnalysisJson.toMap(a).get("persons"))) {
                rows.add(row("article_id", a.id(), "name", p.get("name"), "party", p.get("party"),
                        "party_source", p.get("partySource"), "roles", p.get("roles"),
                        "in_knowledge_base", p.get("inKnowledgeBase")));
            }
        }
        return rows;
    }

    /** Person, party and organisation mentions and references: (article, actor, text, begin, end, reference). */
    List<Map<String, Object>> mentionRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ArticleAnalysis a : analyses) {
            Map<String, Object> json = AnalysisJson.toMap(a);
            for (Map<String, Object> p : maps(json.get("persons"))) {
                for (Map<String, Object> m : maps(p.get("mentions"))) {
                    rows.add(mention(a, p.get("name"), m, false));
                }
            }
            maps(json.get("partyMentions")).forEach(m -> rows.add(mention(a, m.get("actor"), m, false)));
            for (Mention m : a.organisationMentions()) { // not in the JSON output, so from the analysis itself
                rows.add(row("article_id", a.id(), "actor", m.actor(), "text", a.document().covered(m),
                        "begin", m.begin(), "end", m.end(), "reference", false));
            }
            maps(json.get("references")).forEach(m -> rows.add(mention(a, m.get("actor"), m, true)));
        }
        return rows;
    }

    List<Map<String, Object>> quoteRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ArticleAnalysis a : analyses) {
            Map<String, Object> json = AnalysisJson.toMap(a);
            List<Map<String, Object>> quotes = new ArrayList<>(maps(json.get("quotes")));
            quotes.addAll(maps(json.get("indirectQuotes")));
            for (Map<String, Object> q : quotes) {
                List<?> speakerSpan = (List<?>) q.getOrDefault("speakerSpan", List.of(-1, -1));
                rows.add(row("article_id", a.id(), "kind", q.get("kind"), "text", q.get("text"),
                        "speaker", q.get("speaker"), "speaker_type", q.get("speakerType"), "cue", q.get("cue"),
                        "begin", q.get("begin"), "end", q.get("end"), "speaker_begin", speakerSpan.get(0),
                        "speaker_end", speakerSpan.get(1), "sentence", q.get("sentence"),
                        "sentence_begin", q.get("sentenceBegin"), "sentence_end", q.get("sentenceEnd"),
                        "attribution", q.get("attribution")));
            }
        }
        return rows;
    }

    List<Map<String, Object>> positionRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ArticleAnalysis a : analyses) {
            // the table holds every stance, its actor_type telling an organisation's from a party's or a person's
            Map<String, Object> json = AnalysisJson.toMap(a);
            List<Map<String, Object>> stances = new ArrayList<>(maps(json.get("positions")));
            stances.addAll(maps(json.get("organisationPositions")));
            for (Map<String, Object> p : stances) {
                rows.add(row("article_id", a.id(), "actor", p.get("actor"), "actor_type", p.get("actorType"),
                        "polarity", p.get("polarity"), "target", p.get("target"),
                        "target_begin", p.get("targetBegin"), "target_end", p.get("targetEnd"), "cue", p.get("cue"),
                        "sentence", p.get("sentence"), "sentence_begin", p.get("sentenceBegin"),
                        "sentence_end", p.get("sentenceEnd"), "frame", p.get("frame")));
            }
        }
        return rows;
    }

    List<Map<String, Object>> eventRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ArticleAnalysis a : analyses) {
            for (Map<String, Object> e : maps(AnalysisJson.toMap(a).get("events"))) {
                List<Object> actors = new ArrayList<>();
                maps(e.get("participants")).forEach(p -> actors.add(p.get("actor")));
                @SuppressWarnings("unchecked")
                Map<String, Object> date = (Map<String, Object>) e.get("date");
                rows.add(row("article_id", a.id(), "type", e.get("type"), "hypothetical", e.get("hypothetical"),
                        "actors", actors, "date", date == null ? null : date.get("value"),
                        "date_text", date == null ? null : date.get("text"), "cue", e.get("cue"),
                        "begin", e.get("begin"), "end", e.get("end"), "sentence_begin", e.get("sentenceBegin"),
                        "sentence_end", e.get("sentenceEnd")));
            }
        }
        return rows;
    }

    private static Map<String, Object> mention(ArticleAnalysis a, Object actor, Map<String, Object> m,
            boolean reference) {
        return row("article_id", a.id(), "actor", actor, "text", m.get("text"), "begin", m.get("begin"),
                "end", m.get("end"), "reference", reference);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object list) {
        return (List<Map<String, Object>>) list;
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
