package nl.binnenhof.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.binnenhof.kb.KnowledgeBase;
import nl.binnenhof.text.Annotator;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Layer;
import nl.binnenhof.text.TextLayers;
import nl.binnenhof.text.Token;

/**
 * Completes each person with the roles that references elsewhere in the article give them: "zei de
 * CDA-leider" makes Wopke Hoekstra partijleider in this article, as surely as "CDA-leider Wopke Hoekstra"
 * would, and so does "Hij wordt de nieuwe minister" once "hij" is resolved. Adds the layer of person profiles that the output shows.
 */
public final class PersonProfiler implements Annotator {
    private final RoleLexicon roles;
    private final PredicateRoles predicates;

    public PersonProfiler(KnowledgeBase kb) {
        this.roles = new RoleLexicon(kb);
        this.predicates = new PredicateRoles(roles);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.TOKENS, ActorLayers.PERSONS, ActorLayers.REFERENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(ActorLayers.PERSON_PROFILES);
    }

    @Override
    public void annotate(Document doc) {
        List<Token> tokens = doc.get(TextLayers.TOKENS);
        Map<String, List<String>> referred = new HashMap<>();
        for (Mention ref : doc.get(ActorLayers.REFERENCES)) {
            if (ref.form() != MentionForm.ROLE) {
                continue;
            }
            RoleLexicon.Role role = roles.read(tokens.get(ref.endToken() - 1).text());
            if (role != null && !role.former()) {
                referred.computeIfAbsent(ref.actor(), k -> new ArrayList<>()).add(role.base());
            }
        }
        for (Mention ref : doc.get(ActorLayers.REFERENCES)) {
            if (ref.form() != MentionForm.PRONOUN) {
                continue;
            }
            // "Zij is nu demissionair staatssecretaris", "Hij wordt de nieuwe minister van Buitenlandse Zaken"
            PredicateRoles.Found p = predicates.copula(tokens, ref.endToken());
            if (p != null && !p.past()) {
                referred.computeIfAbsent(ref.actor(), k -> new ArrayList<>()).add(p.role().base());
            }
        }
        List<PersonActor> profiles = new ArrayList<>();
        for (PersonActor p : doc.get(ActorLayers.PERSONS)) {
            List<String> more = referred.get(p.name());
            profiles.add(more == null ? p : p.withRoles(more));
        }
        doc.add(ActorLayers.PERSON_PROFILES, profiles);
    }
}
