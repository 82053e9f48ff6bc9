package nl.binnenhof.analysis.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Scores predicted records against gold records of the same articles (joined on {@code id}), field by
 * field as {@code shared/tools/score.py} does: persons, parties, quotes of three words or more, and
 * positions as P/R/F1; affiliation, roles and speakers as accuracies over the matched items.
 */
public final class Scorer {
    private Scorer() {
    }

    public static Scores score(List<JsonNode> gold, List<JsonNode> predicted) {
        Map<String, JsonNode> byId = new HashMap<>();
        predicted.forEach(p -> byId.put(p.path("id").asText(), p));
        Scores s = new Scores();
        Set<String> goldIds = new HashSet<>();
        for (JsonNode g : gold) {
            String id = g.path("id").asText();
            goldIds.add(id);
            JsonNode p = byId.get(id);
            scoreArticle(s, id, g, p == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : p);
        }
        s.articles = goldIds.size();
        s.predicted = (int) byId.keySet().stream().filter(goldIds::contains).count();
        return s;
    }

    private static List<JsonNode> withText(JsonNode list, String field) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode x : list) {
            if (x.isObject() && !text(x, field).isEmpty()) {
                out.add(x);
            }
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static void scoreArticle(Scores s, String id, JsonNode g, JsonNode p) {
        List<JsonNode> gp = withText(g.path("persons"), "name");
        List<JsonNode> pp = withText(p.path("persons"), "name");
        List<int[]> pairs = Matching.greedy(gp, pp, (a, b) -> Matching.samePerson(text(a, "name"), text(b, "name")));
        s.persons.add(gp.size(), pp.size(), pairs.size());
        for (int[] pair : pairs) {
            JsonNode gold = gp.get(pair[0]);
            JsonNode pred = pp.get(pair[1]);
            if (!text(gold, "party").isEmpty()) {
                s.affiliation.add(Matching.partyKey(text(pred, "party")).equals(Matching.partyKey(text(gold, "party"))));
            }
            if (gold.path("roles").size() > 0) {
                Set<String> have = new HashSet<>();
                pred.path("roles").forEach(r -> have.add(Matching.roleKey(r.asText())));
                boolean all = true;
                for (JsonNode r : gold.path("roles")) {
                    all &= have.contains(Matching.roleKey(r.asText()));
                }
                s.roles.add(all);
            }
        }
        missed(s, id, "person", gp, pp, pairs, "name");

        Set<String> gParties = new HashSet<>();
        g.path("parties").forEach(x -> gParties.add(Matching.partyKey(x.asText())));
        Set<String> pParties = new HashSet<>();
        p.path("parties").forEach(x -> {
            if (x.isTextual()) {
                pParties.add(Matching.partyKey(x.asText()));
            }
        });
        Set<String> common = new HashSet<>(gParties);
        common.retainAll(pParties);
        s.parties.add(gParties.size(), pParties.size(), common.size());
        for (String x : gParties) {
            if (!pParties.contains(x)) {
                s.misses.add(id + ": missed party " + x);
            }
        }
        for (String x : pParties) {
            if (!gParties.contains(x)) {
                s.misses.add(id + ": extra party " + x);
            }
        }

        List<JsonNode> gq = longQuotes(g.path("quotes"));
        List<JsonNode> pq = longQuotes(p.path("quotes"));
        List<int[]> qpairs = Matching.greedy(gq, pq, (a, b) -> Matching.dice(text(a, "text"), text(b, "text")) >= 0.8);
        s.quotes.add(gq.size(), pq.size(), qpairs.size());
        for (int[] pair : qpairs) {
            JsonNode gold = gq.get(pair[0]);
            if (!text(gold, "speaker").isEmpty()) {
                boolean ok = Matching.sameActor(text(gold, "speaker"), text(pq.get(pair[1]), "speaker"));
                s.speakers.add(ok);
                if (!ok) {
                    s.misses.add(id + ": speaker " + text(pq.get(pair[1]), "speaker") + " should be "
                            + text(gold, "speaker") + ": " + abbreviate(text(gold, "text")));
                }
            }
        }
        missed(s, id, "quote", gq, pq, qpairs, "text");

        List<JsonNode> gs = withText(g.path("positions"), "actor");
        List<JsonNode> ps = withText(p.path("positions"), "actor");
        List<int[]> spairs = Matching.greedy(gs, ps, (a, b) -> Matching.sameActor(text(a, "actor"), text(b, "actor"))
                && Matching.fold(text(a, "polarity")).equals(Matching.fold(text(b, "polarity")))
                && Matching.dice(text(a, "target"), text(b, "target")) >= 0.5);
        s.positions.add(gs.size(), ps.size(), spairs.size());
    }

    private static List<JsonNode> longQuotes(JsonNode list) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode x : list) {
            if (x.isObject() && Matching.words(text(x, "text")).size() >= Matching.MIN_QUOTE_WORDS) {
                out.add(x);
            }
        }
        return out;
    }

    private static void missed(Scores s, String id, String what, List<JsonNode> gold, List<JsonNode> pred,
                               List<int[]> pairs, String field) {
        Set<Integer> mg = new HashSet<>();
        Set<Integer> mp = new HashSet<>();
        pairs.forEach(x -> {
            mg.add(x[0]);
            mp.add(x[1]);
        });
        for (int i = 0; i < gold.size(); i++) {
            if (!mg.contains(i)) {
                s.misses.add(id + ": missed " + what + " " + abbreviate(text(gold.get(i), field)));
            }
        }
        for (int i = 0; i < pred.size(); i++) {
            if (!mp.contains(i)) {
                s.misses.add(id + ": extra " + what + " " + abbreviate(text(pred.get(i), field)));
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 70 ? s.substring(0, 70) + "…" : s;
    }
}
