package nl.binnenhof.server.api;

import java.util.ArrayList;
import java.util.List;

import nl.binnenhof.query.Archive;
import nl.binnenhof.query.Network;
import nl.binnenhof.query.NetworkQuery;
import nl.binnenhof.query.Timeline;
import nl.binnenhof.query.TimelineQuery;

/** Counts over time and co-occurrence networks. */
final class TrendEndpoints {
    static final String TAG = "Timelines and networks";

    private TrendEndpoints() {
    }

    static List<Endpoint> all(Archive archive) {
        Endpoint timeline = new Endpoint("/api/timeline", TAG, "Timeline",
                "Articles, mentions and quotes per day, week or month for one actor, one party or a full-text "
                        + "query (give exactly one of actor, party, q); every bucket from the first to the last with "
                        + "data, empty ones included.",
                List.of(Param.text("actor", Common.NAME_LENGTH, "An actor's name, as stored or as typed.")
                                .example("Mark Rutte"),
                        Param.text("party", Common.NAME_LENGTH, "A party's name."),
                        Param.text("q", Common.QUERY_LENGTH, "A full-text query, as for /api/search."),
                        Param.choice("by", List.of("day", "week", "month"), "month", "The size of a bucket."),
                        Common.FROM, Common.TO),
                Timeline.class, List.of(404),
                p -> archive.timeline(timelineQuery(archive, p)));
        Endpoint network = new Endpoint("/api/network", TAG, "Co-occurrence network",
                "Actors (nodes, with the articles naming them) and how often two are named together (edges, with "
                        + "the number of articles, or of sentences for scope=sentence). With actor: that actor's "
                        + "ego network.",
                List.of(Param.choice("scope", List.of("article", "sentence"), "article",
                                "Together in one article, or in one sentence."),
                        Param.text("actor", Common.NAME_LENGTH, "Only articles naming this actor."),
                        Param.text("q", Common.QUERY_LENGTH, "Only articles matching this full-text query."),
                        Common.FROM, Common.TO,
                        Param.integer("minWeight", 1, 10_000, 1, "Leave out pairs named together less often."),
                        Param.integer("maxNodes", 2, 200, 40, "Keep the actors named most, this many at most."),
                        Param.flag("personsOnly", "Leave parties out; persons and organisations only.")),
                Network.class, List.of(404),
                p -> {
                    String actor = ActorEndpoints.known(archive, p.text("actor"));
                    return archive.network(new NetworkQuery(p.choice("scope", NetworkQuery.Scope.class), actor,
                            p.text("q"), p.dates(), p.integer("minWeight"), p.integer("maxNodes"),
                            !p.flag("personsOnly")));
                });
        return List.of(timeline, network);
    }

    private static TimelineQuery timelineQuery(Archive archive, Params p) {
        List<String> given = new ArrayList<>();
        for (String name : List.of("actor", "party", "q")) {
            if (p.text(name) != null) {
                given.add(name);
            }
        }
        if (given.size() != 1) {
            throw ApiError.badRequest("give exactly one of actor, party or q for a timeline (got "
                    + (given.isEmpty() ? "none" : String.join(" and ", given)) + ")");
        }
        TimelineQuery.Granularity by = p.choice("by", TimelineQuery.Granularity.class);
        return switch (given.get(0)) {
            case "actor" -> new TimelineQuery(TimelineQuery.Subject.ACTOR,
                    ActorEndpoints.known(archive, p.text("actor")), by, p.dates());
            case "party" -> {
                ActorEndpoints.known(archive, p.text("party")); // 404 for a name the store does not know at all
                yield new TimelineQuery(TimelineQuery.Subject.PARTY, p.text("party"), by, p.dates());
            }
            default -> new TimelineQuery(TimelineQuery.Subject.QUERY, p.text("q"), by, p.dates());
        };
    }
}
