package nl.binnenhof.actors;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

import nl.binnenhof.text.Token;

/**
 * Roles said of a person after the name or pronoun rather than before it: the predicate of a copula ("Kuipers wordt
 * de nieuwe minister van Volksgezondheid", "Zij is nu demissionair staatssecretaris", "Dijkgraaf was directeur")
 * and an apposition ("Franc Weerwind (D66), beoogd minister voor Rechtsbescherming, …").
 */
final class PredicateRoles {
    private static final Set<String> COPULAS = Set.of("is", "wordt", "werd", "was", "blijft", "bleef");
    private static final Set<String> PAST_COPULAS = Set.of("was");
    /** Words between the copula (or the comma) and the role: "wordt de nieuwe minister", "is nu beoogd minister". */
    private static final Set<String> FILLERS = Set.of("de", "het", "een", "nieuwe", "beoogd", "beoogde",
            "demissionair", "demissionaire", "huidige", "kersverse", "toekomstige", "eerste", "enige", "nu", "momenteel");
    private static final int MAX_FILLERS = 3;
    /** Tokens after the role that may still belong to it ("minister van Veiligheid en Justitie"). */
    private static final int MAX_APPOSITION_TAIL = 10;

    /** A role found, at token {@code at}; {@code past} when the copula puts it in the past ("was"). */
    record Found(RoleLexicon.Role role, int at, boolean past) {
    }

    private final RoleLexicon roles;

    PredicateRoles(RoleLexicon roles) {
        this.roles = roles;
    }

    /** The role that a copula at token {@code t} gives its subject, or null. */
    Found copula(List<Token> tokens, int t) {
        if (t >= tokens.size() || !COPULAS.contains(tokens.get(t).text())) {
            return null;
        }
        return roleAfterFillers(tokens, t + 1, PAST_COPULAS.contains(tokens.get(t).text()));
    }

    /**
     * The role of an apposition that a comma at token {@code t} opens, or null. "Mark Rutte (VVD), minister van
     * Justitie Ivo Opstelten en …" is a list, not an apposition: a role followed by a name, before the apposition
     * ends, is that name's.
     *
     * @param nameStartsAt whether a person's name begins at a token
     */
    Found apposition(List<Token> tokens, int t, IntPredicate nameStartsAt) {
        if (t >= tokens.size() || !tokens.get(t).is(",")) {
            return null;
        }
        Found f = roleAfterFillers(tokens, t + 1, false);
        if (f == null) {
            return null;
        }
        for (int u = f.at() + 1; u < Math.min(tokens.size(), f.at() + 1 + MAX_APPOSITION_TAIL); u++) {
            if (tokens.get(u).kind() == Token.Kind.PUNCT && !tokens.get(u).is("-")) {
                break;
            }
            if (nameStartsAt.test(u)) {
                return null;
            }
        }
        return f;
    }

    private Found roleAfterFillers(List<Token> tokens, int t, boolean past) {
        for (int skipped = 0; t < tokens.size() && skipped < MAX_FILLERS && FILLERS.contains(tokens.get(t).text());
                skipped++) {
            t++;
        }
        RoleLexicon.Role role = t < tokens.size() ? roles.read(tokens.get(t).text()) : null;
        return role == null || role.plural() ? null : new Found(role, t, past || role.former());
    }
}
