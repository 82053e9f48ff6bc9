package nl.binnenhof.server.api;

import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;

import nl.binnenhof.query.ActorProfile;
import nl.binnenhof.query.ActorSummary;
import nl.binnenhof.query.Archive;
import nl.binnenhof.query.Page;
import nl.binnenhof.query.PartyProfile;

/** Persons, parties and organisations in the record, and their profiles. */
final class ActorEndpoints {
    static final String TAG = "Actors and parties";
    static final List<String> TYPES = List.of("person", "party", "organisation");
    private static final Type PAGE_OF_ACTORS = new TypeReference<Page<ActorSummary>>() { }.getType();

    private ActorEndpoints() {
    }

    static List<Endpoint> all(Archive archive) {
        Endpoint actors = new Endpoint("/api/actors", TAG, "Actors",
                "Persons, parties and organisations, most named first, with how many articles name them, how "
                        + "often, and how many quotes they have.",
                Common.paged(Param.text("match", Common.NAME_LENGTH, "Only names containing this, ignoring case."),
                        Param.choice("type", TYPES, null, "Only actors of this type.")),
                PAGE_OF_ACTORS, List.of(),
                p -> archive.actors(p.text("match"), p.choice("type"), p.paging()));
        Endpoint actor = new Endpoint("/api/actors/{name}", TAG, "An actor's profile",
                "What the record says of one actor: party and roles over time (as the articles give them), the "
                        + "actors most often named with them, and their newest articles.",
                List.of(Param.path("name", Common.NAME_LENGTH, "The actor's name as stored (\"Mark Rutte\") or "
                        + "as typed (\"rutte\").").example("Mark Rutte")),
                ActorProfile.class, List.of(404),
                p -> archive.actor(p.text("name")).orElseThrow(() -> unknown("actor", p.text("name"))));
        Endpoint parties = new Endpoint("/api/parties", TAG, "Parties",
                "Parties, most named first.", Common.paged(), PAGE_OF_ACTORS, List.of(),
                p -> archive.parties(p.paging()));
        Endpoint party = new Endpoint("/api/parties/{name}", TAG, "A party's profile",
                "What the record says of one party: its people, who speaks for it, the parties named with it, "
                        + "and its newest articles.",
                List.of(Param.path("name", Common.NAME_LENGTH, "The party's name (VVD, CDA, GL-PvdA, …).")
                        .example("VVD")),
                PartyProfile.class, List.of(404),
                p -> archive.party(p.text("name")).orElseThrow(() -> unknown("party", p.text("name"))));
        return List.of(actors, actor, parties, party);
    }

    /** The actor's stored name; 404 when the store knows no such actor. Null stays null. */
    static String known(Archive archive, String typed) {
        if (typed == null) {
            return null;
        }
        return archive.resolveActor(typed).orElseThrow(() -> unknown("actor", typed));
    }

    static ApiError unknown(String what, String name) {
        String[] words = name.strip().split("\\s+");
        return ApiError.notFound("no " + what + " named '" + name + "' in the store; look names up with "
                + "/api/actors?match=" + URLEncoder.encode(words[words.length - 1], StandardCharsets.UTF_8));
    }
}
