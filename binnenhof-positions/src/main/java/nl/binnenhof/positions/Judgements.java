package nl.binnenhof.positions;

import java.util.List;

import nl.binnenhof.actors.Mention;
import nl.binnenhof.text.Sentence;

/**
 * The "evaluate" frame: a judging word that gives a stance its polarity. "X noemt de plannen
 * 'verschrikkelijk'" (actor before the verb, target up to the judging word), "De troonrede is een
 * 'misser', vindt X" (actor after the verb, target before "is"), "dat hij de val van het kabinet
 * 'onverantwoord' vindt" (target and judgement before the verb).
 */
final class Judgements extends ArticleView {
    private final ActorPhrases actorPhrases;

    Judgements(ArticleView article, ActorPhrases actorPhrases) {
        super(article);
        this.actorPhrases = actorPhrases;
    }

    record Evaluation(List<Mention> actors, int[] target, Position.Polarity polarity) {
    }

    /**
     * "X noemt de plannen 'verschrikkelijk'" (actor before the verb, target up to the judging word) or
     * "De troonrede is een 'misser', vindt X" (actor after the verb, target before "is").
     */
    Evaluation evaluation(CueHit hit, Sentence s) {
        int cue = hit.firstBegin();
        boolean afterComma = cue - 1 >= s.firstToken() && tokens.get(cue - 1).is(",");
        if (afterComma) {
            List<Mention> actors = hit.inserted() != null ? List.of(hit.inserted()) : actorPhrases.groupAfter(hit.end(), s);
            int copula = -1;
            for (int t = s.firstToken(); t < cue - 1; t++) {
                if (lower(t).equals("is") || lower(t).equals("zijn") || lower(t).equals("was")) {
                    copula = t;
                    break;
                }
            }
            if (copula < 0 && lower(cue).startsWith("noem") && !actors.isEmpty()) {
                // "'Onacceptabel', noemt hij deze boerenacties": the judgement first, the target after the actor
                Position.Polarity p = judgement(s.firstToken(), cue - 1);
                int[] target = phrase(last(actors).endToken(), s);
                return p == null ? null : new Evaluation(actors, target, p);
            }
            Position.Polarity p = copula < 0 ? null : judgement(copula + 1, cue - 1);
            if (p == null || actors.isEmpty()) {
                return null;
            }
            return new Evaluation(actors, new int[] {skipLeadingWords(s.firstToken(), copula), copula}, p);
        }
        List<Mention> actors = hit.inserted() != null ? List.of(hit.inserted()) : actorPhrases.groupBefore(cue, s);
        int[] clause = phrase(hit.end(), s);
        ActorPhrases.VerbFinal verbFinal = clause[0] == clause[1] ? actorPhrases.verbFinal(hit, s) : null;
        if (verbFinal != null) {
            // "dat hij de val van het kabinet 'onverantwoord' vindt": target and judgement before the verb
            actors = verbFinal.actors();
            clause = new int[] {verbFinal.from(), verbFinal.end()};
        }
        for (int t = clause[0]; t < clause[1]; t++) {
            Position.Polarity p = lexicon.judgement(lower(t));
            if (p != null) {
                int end = t;
                for (int u = clause[0]; u < t; u++) {
                    if (lower(u).equals("een") && t - u <= 3 || quoteMark(u)) {
                        end = u; // "noemt het akkoord een hartstikke goede stap", "… 'onnodig en onverantwoord'"
                        break;
                    }
                }
                // "noemt het akkoord ambitieus en evenwichtig": judgements listed before this one are no target
                while (end - 2 > clause[0] && (lower(end - 1).equals("en") || tokens.get(end - 1).is(","))
                        && tokens.get(end - 2).isWord()) {
                    end -= 2;
                }
                while (end > clause[0] && quoteMark(end - 1)) {
                    end--;
                }
                if (negatedBetween(verbFinal != null ? clause[0] : hit.end(), t)) {
                    p = p.opposite();
                }
                int[] said = clauseAfterJudgement(clause[0], end, t, s);
                if (said != null) {
                    // "noemt het 'goed nieuws' dat de VS toestemming geven": "het" points at the clause after "dat"
                    return actors.isEmpty() ? null : new Evaluation(actors, said, p);
                }
                return actors.isEmpty() ? null : new Evaluation(actors, new int[] {clause[0], end}, p);
            }
        }
        return null;
    }

    /** For "het" as the whole target, the clause after a "dat" that follows the judging word closely, else null. */
    private int[] clauseAfterJudgement(int from, int to, int judging, Sentence s) {
        if (to - from != 1 || !lower(from).equals("het")) {
            return null;
        }
        for (int t = judging + 1; t < Math.min(s.endToken(), judging + 4); t++) {
            if (lower(t).equals("dat")) {
                int[] clause = phrase(t + 1, s);
                return clause[0] < clause[1] ? clause : null;
            }
            if (tokens.get(t).is(",")) {
                return null;
            }
        }
        return null;
    }

    private Position.Polarity judgement(int from, int to) {
        Position.Polarity found = null;
        for (int t = from; t < to; t++) {
            Position.Polarity p = lexicon.judgement(lower(t));
            if (p != null) {
                found = negatedBetween(from, t) ? p.opposite() : p;
                break;
            }
        }
        return found;
    }
}
