package nl.binnenhof.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.binnenhof.actors.ActorType;
import nl.binnenhof.actors.Mention;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Sentence;

/**
 * The stances of one article, sentence by sentence: finds the cues of the stance lexicon, then lets the
 * cue's frame say where its actors and its target stand ({@link ActorPhrases}, {@link TargetPhrases},
 * {@link Judgements}), turns the polarity round on a negation, and keeps one stance per actor, polarity
 * and target.
 */
final class StanceScan extends ArticleView {
    private static final int MAX_PASSIVE_TARGET = 8;
    /** Words that open a clause inside a target, whose negation is that clause's, not the stance's. */
    private static final Set<String> EMBEDDING = Set.of("of", "omdat", "zodat", "waardoor", "terwijl");

    private final List<Position> found = new ArrayList<>();
    private final ActorPhrases actorPhrases;
    private final TargetPhrases targetPhrases;
    private final Judgements judgements;

    StanceScan(Document doc, StanceLexicon lexicon) {
        super(doc, lexicon);
        this.actorPhrases = new ActorPhrases(this);
        this.targetPhrases = new TargetPhrases(this, found);
        this.judgements = new Judgements(this, actorPhrases);
    }

    List<Position> run() {
        for (Sentence s : sentences) {
            if (!opposite(s)) {
                for (CueHit hit : hits(s)) {
                    apply(s, hit);
                }
            }
        }
        return found;
    }

    private List<CueHit> hits(Sentence s) {
        List<CueHit> hits = new ArrayList<>();
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            List<StanceCue> cues = lexicon.cuesByFirstWord.get(lower(t));
            if (cues == null || quoted(t)) {
                continue;
            }
            int next = skipFillers(t + 1, s.endToken());
            Boolean actorNext = null; // the same for every cue of this word: asked once
            for (StanceCue cue : cues) {
                if (cue.first().length > 1 && next < s.endToken() && !lower(next).equals(cue.first()[1])
                        && !cue.fillerSecond()) {
                    if (actorNext == null) {
                        actorNext = actorAt(next, s);
                    }
                    if (!actorNext) {
                        continue; // the cue's second word is not there: most "is" and "heeft" stop here
                    }
                }
                CueHit hit = match(cue, t, s);
                if (hit != null) {
                    hits.add(hit);
                    t = hit.end() - 1; // a cue inside a matched one ("die … wil stellen") is part of it
                    break;
                }
            }
        }
        return hits;
    }

    /** Whether an actor begins at {@code t}, where a subject may stand between a cue's words ("vindt hij", "pleit de partij"). */
    private boolean actorAt(int t, Sentence s) {
        return startingAt[t] != null || actorPhrases.personAfterRoleWords(t, s.endToken()) != null
                || t + 1 < s.endToken() && actorPhrases.pointedActor(t + 1, s) != null;
    }

    private CueHit match(StanceCue cue, int t, Sentence s) {
        if (cue.frame().equals("relative") && (t == s.firstToken() || !tokens.get(t - 1).isWord()
                || !Character.isLowerCase(tokens.get(t - 1).text().charAt(0)))) {
            return null; // "die" begins a relative clause only right after a noun
        }
        if (cue.frame().equals("priority") && endingAt[t] == null) {
            return null; // "Voor D66 zijn …" has its actor right before the verb: most "is" and "zijn" have none
        }
        Mention[] inserted = new Mention[1];
        int firstEnd = matchWords(cue.first(), t, s.endToken(), inserted, s);
        if (firstEnd < 0) {
            return null;
        }
        if (!cue.isSplit()) {
            return new CueHit(cue, t, firstEnd, -1, -1, inserted[0]);
        }
        // "Voor D66 zijn beter onderwijs, meer werk en groenere belastingen de hoofdpunten": a list may stand between
        boolean list = cue.frame().equals("priority");
        int gap = list ? StanceLexicon.MAX_LIST_GAP : StanceLexicon.MAX_SPLIT_GAP;
        for (int u = firstEnd + 1; u < Math.min(s.endToken(), firstEnd + gap); u++) {
            if (lexicon.clauseBreaks.contains(lower(u)) || (!list && tokens.get(u).is(","))) {
                return null;
            }
            int secondEnd = lower(u).equals(cue.second()[0]) ? matchWords(cue.second(), u, s.endToken(), new Mention[1], s) : -1;
            if (secondEnd > 0) {
                return new CueHit(cue, t, firstEnd, u, secondEnd, inserted[0]);
            }
        }
        return null;
    }

    /**
     * Matches the cue's words from {@code from}; between them may stand adverbs ("kreeg echter geen
     * steun") and, once, the subject that Dutch word order puts after the verb ("vindt hij het
     * onverantwoord"), which is handed back in {@code inserted}. Returns the end, or -1.
     */
    private int matchWords(String[] words, int from, int limit, Mention[] inserted, Sentence s) {
        int t = from;
        for (int k = 0; k < words.length; k++) {
            if (k > 0) {
                t = skipFillers(t, limit, words[k]);
                Mention m = t < limit && !lower(t).equals(words[k]) ? startingAt[t] : null;
                if (m == null && t < limit && !lower(t).equals(words[k])) {
                    m = actorPhrases.personAfterRoleWords(t, limit); // "uitte ook Kamerlid Pieter Grinwis zijn ergernis"
                }
                if (m == null && t + 1 < limit && !lower(t).equals(words[k])) {
                    m = actorPhrases.pointedActor(t + 1, s); // "Concreet pleit de partij onder meer voor …"
                }
                if (m != null && inserted[0] == null) {
                    inserted[0] = m;
                    t = skipFillers(skipAffiliation(skipParenthesis(m.endToken(), limit), limit), limit, words[k]);
                }
            }
            if (t >= limit || !lower(t).equals(words[k])) {
                return -1;
            }
            t++;
        }
        return t;
    }

    private void apply(Sentence s, CueHit hit) {
        StanceCue cue = hit.cue();
        Position.Polarity polarity = cue.polarity();
        List<Mention> actors;
        int[] target;
        switch (cue.frame()) {
            case "passive" -> {
                actors = actorPhrases.groupAfter(hit.end(), s);
                target = new int[] {skipLeadingWords(s.firstToken(), hit.firstBegin()), hit.firstBegin()};
            }
            case "split" -> {
                if (contains(hit.firstEnd(), hit.secondBegin(), "er")) {
                    return; // "het land staat er beter voor"
                }
                // "Ze zei achter de inzet te staan": the actor may stand before a verb of saying
                actors = actorPhrases.groupBeforeVerb(hit.firstBegin(), s);
                target = new int[] {hit.firstEnd(), hit.secondBegin()};
            }
            case "deal" -> {
                actors = new ArrayList<>(actorPhrases.groupBefore(hit.firstBegin(), s));
                if (actors.isEmpty()) {
                    actors.addAll(actorPhrases.groupAfter(skipDescriptors(s.firstToken(), s), s)); // "Oppositiepartijen D66 en CU hebben …"
                }
                List<Mention> partners = actorPhrases.groupAfter(skipDescriptors(hit.end(), s), s);
                actors.addAll(partners);
                int over = find("over", partners.isEmpty() ? hit.end() : last(partners).endToken(), s);
                target = over < 0 ? null : phrase(over + 1, s);
            }
            case "toofar" -> {
                int voor = findBack("voor", hit.firstBegin(), s);
                actors = voor < 0 ? List.of() : actorPhrases.groupAfter(voor + 1, s);
                target = new int[] {hit.firstEnd(), hit.secondBegin()};
            }
            case "priority" -> {
                // "Voor D66 zijn …": the actors right after "voor", right before the verb
                int voor = findBack("voor", hit.firstBegin(), s);
                actors = voor < 0 ? List.of() : actorPhrases.groupAfter(voor + 1, s);
                if (!actors.isEmpty() && last(actors).endToken() != hit.firstBegin()) {
                    actors = List.of();
                }
                target = new int[] {hit.firstEnd(), hit.secondBegin()};
            }
            case "wish" -> {
                actors = actorPhrases.groupAfter(hit.end(), s);
                int after = actors.isEmpty() ? -1 : skipParenthesis(last(actors).endToken(), s);
                int om = actors.isEmpty() ? -1 : find("om", after, s);
                if (om < 0 || om > after + 2) {
                    om = actors.isEmpty() ? -1 : find("dat", after, s); // "de hoop van PVV, VVD en BBB dat Omtzigt …"
                }
                target = om < 0 || om > after + 2 ? null : phrase(om + 1, s);
            }
            case "call" -> {
                // "De SP roept het kabinet op de huren te bevriezen": whom it calls on stands between, what after
                actors = hit.inserted() != null ? List.of(hit.inserted()) : actorPhrases.groupBefore(hit.firstBegin(), s);
                if (actors.isEmpty()) {
                    List<Mention> after = actorPhrases.groupAfter(hit.firstEnd(), s); // "Daarom riep de SP het kabinet op"
                    actors = after.isEmpty() ? after : List.of(after.get(0));
                }
                target = phrase(hit.end(), s);
            }
            case "evaluate" -> {
                Judgements.Evaluation e = judgements.evaluation(hit, s);
                if (e == null) {
                    return;
                }
                actors = e.actors();
                target = e.target();
                polarity = e.polarity();
            }
            case "predicate" -> {
                // "Ferrier, tegenstander van …", "Samsom was in eerste instantie voorstander van …"
                actors = actorPhrases.predicateActors(hit.firstBegin(), s);
                target = phrase(hit.end(), s);
            }
            case "condition" -> {
                int dat = findBack("dat", hit.firstBegin(), s);
                actors = dat < 0 ? List.of() : actorPhrases.groupBeforeVerb(dat, s);
                target = dat < 0 ? null : new int[] {dat + 1, hit.firstBegin()};
            }
            case "authored" -> {
                actors = actorPhrases.groupAfter(hit.end(), s);
                int from = hit.firstBegin() > s.firstToken() && DETERMINERS.contains(lower(hit.firstBegin() - 1))
                        ? hit.firstBegin() - 1 : hit.firstBegin();
                target = new int[] {from, hit.end() - 1}; // "een amendement", the proposal without its "van"
            }
            case "relative" -> {
                actors = actorPhrases.groupAfter(hit.firstEnd(), s);
                target = targetPhrases.relativeTarget(hit, s);
            }
            case "upto" -> {
                // "Maar als het aan de VVD ligt, …" opens its sentence; "dat dit wat hem betreft niet zal
                // gebeuren" has its subject before the cue, out of the target's reach
                actors = opensClause(hit.firstBegin(), s) ? actorPhrases.groupAfter(hit.firstEnd(), s) : List.of();
                boolean fillsTheGap = !actors.isEmpty() && last(actors).endToken() == hit.secondBegin();
                int from = hit.end() < s.endToken() && tokens.get(hit.end()).is(",") ? hit.end() + 1 : hit.end();
                target = fillsTheGap ? phrase(from, s) : null; // "wat de begroting betreft": a topic, no actor
            }
            default -> {
                actors = hit.inserted() != null ? List.of(hit.inserted())
                        : hit.cue().first()[0].equals("zich") ? actorPhrases.groupBeforeVerb(hit.firstBegin(), s)
                        : actorPhrases.groupBefore(hit.firstBegin(), s);
                int afterNetAls = actorPhrases.afterNetAls(s);
                if (!actors.isEmpty() && afterNetAls >= 0 && actors.get(0).firstToken() >= afterNetAls
                        && actors.get(0).firstToken() <= afterNetAls + 2) {
                    actors = List.of(); // "Net als de VVD steunt het CDA …": the subject follows the verb
                }
                int from = hit.end();
                if (actors.isEmpty()) {
                    actors = actorPhrases.groupAfter(hit.end(), s); // "Ook wil de VVD …"
                    from = actors.isEmpty() ? from : last(actors).endToken();
                }
                if (actors.isEmpty()) {
                    actors = actorPhrases.sharedSubject(hit.firstBegin(), s);
                }
                if (actors.isEmpty()) {
                    actors = actorPhrases.subjectBeforeApposition(hit.firstBegin(), s);
                }
                target = phrase(from, s);
                // "die het kabinet meestal steunt": the word before a verb that ends its clause is its object
                ActorPhrases.VerbFinal clause = target[0] == target[1] ? actorPhrases.verbFinal(hit, s) : null;
                if (clause != null) {
                    actors = clause.actors();
                    target = new int[] {clause.from(), clause.end()};
                } else if (target[0] == target[1] && !actors.isEmpty()) {
                    // "De motie van Jetten krijgt een meerderheid: VVD, CDA en D66 stemden voor."
                    int[] proposal = targetPhrases.proposalBefore(actors.get(0).firstToken(), s);
                    target = proposal != null ? proposal : target;
                }
            }
        }
        if (actors.isEmpty() || target == null || target[0] >= target[1]) {
            return;
        }
        if (!cue.frame().equals("evaluate") && negated(hit, target)) {
            polarity = polarity.opposite();
        }
        if (cue.frame().equals("modal")) {
            target = targetPhrases.withoutAdverbial(target);
            if (!targetPhrases.isStanceOfModal(target)) {
                return;
            }
        }
        // "wilde weinig zeggen", "steunt ook": about the conversation, or no target at all; after "als het aan X
        // ligt" stands a whole clause with a verb of its own ("gaan de gesprekken door")
        boolean ownClause = cue.frame().equals("upto");
        if ((!ownClause && targetPhrases.endsInNonStanceVerb(target)) || !targetPhrases.namesSomething(target)) {
            return;
        }
        if (cue.frame().equals("passive") && (target[1] - target[0] > MAX_PASSIVE_TARGET || hasActor(target))) {
            return; // the subject of "kreeg steun van" is a proposal, not a clause with its own actor
        }
        if (targetPhrases.onlyPointsBack(target)) {
            target = targetPhrases.statementBefore(s); // negation was read above, on the words of this sentence
            if (target == null) {
                return; // "dat" with nothing to stand for is no target
            }
        }
        while (target[1] - 1 > target[0] && (lower(target[1] - 1).equals("en") || lower(target[1] - 1).equals("of")
                || tokens.get(target[1] - 1).is(","))) {
            target = new int[] {target[0], target[1] - 1}; // "een einde aan de bedreigingen en", cut off before its verb
        }
        String targetText = cue.frame().equals("relative") ? targetPhrases.relativeText(hit, target, s) : targetPhrases.targetText(target, s);
        if (targetText.isBlank()) {
            return;
        }
        actors = actorPhrases.withLikeMinded(actors, s, hit);
        // "wijst op het eerder stoppen met de gaswinning en het extra geld voor jeugdhulp": a stance on each
        List<int[]> items = cue.frame().equals("relative") ? List.of(target) : targetPhrases.listItems(target);
        for (Mention actor : actors) {
            for (int[] item : items) {
                add(s, actor.actor(), actor.type(), polarity, items.size() == 1 ? targetText : targetPhrases.targetText(item, s),
                        item, hit);
            }
        }
        actorPhrases.rememberGroup(actors, s);
    }

    private boolean has(String actor, Position.Polarity polarity, String target) {
        for (Position p : found) {
            if (p.actor().equals(actor) && p.polarity() == polarity && p.target().equals(target)) {
                return true;
            }
        }
        return false;
    }

    private void add(Sentence s, String actor, ActorType type, Position.Polarity polarity, String target, int[] span,
                     CueHit hit) {
        if (has(actor, polarity, target)) {
            return;
        }
        found.add(new Position(s.begin(), s.end(), actor, type, polarity, target, tokens.get(span[0]).begin(),
                tokens.get(span[1] - 1).end(), hit.cue().text(), tokens.get(hit.firstBegin()).begin(),
                hit.cue().frame()));
    }

    /** "Tegenover die partijen staan D66 en de ChristenUnie": the opposite of what was said before. */
    private boolean opposite(Sentence s) {
        int t = s.firstToken();
        if (t >= s.endToken() || !lower(t).equals("tegenover")) {
            return false;
        }
        int verb = -1;
        for (int u = t + 1; u < Math.min(s.endToken(), t + 5); u++) {
            if (lower(u).equals("staan") || lower(u).equals("staat") || lower(u).equals("stonden")
                    || lower(u).equals("stond")) {
                verb = u;
                break;
            }
        }
        if (verb < 0) {
            return false;
        }
        List<Mention> actors = actorPhrases.groupAfter(verb + 1, s);
        List<Position> before = new ArrayList<>();
        for (Position p : found) {
            Sentence ps = sentenceOf(p.begin());
            if (ps != null && ps.index() < s.index() && ps.index() >= s.index() - 2) {
                before.add(p);
            }
        }
        for (Position p : before) {
            if (!actorPhrases.lastGroup.isEmpty() && !actorPhrases.lastGroup.contains(p.actor())) {
                continue;
            }
            for (Mention a : actors) {
                if (!a.actor().equals(p.actor()) && !has(a.actor(), p.polarity().opposite(), p.target())) {
                    found.add(new Position(s.begin(), s.end(), a.actor(), a.type(), p.polarity().opposite(), p.target(),
                            p.targetBegin(), p.targetEnd(), "tegenover … staan", tokens.get(t).begin(), "opposite"));
                }
            }
        }
        if (!actors.isEmpty()) {
            actorPhrases.rememberGroup(actors, s);
        }
        return !actors.isEmpty();
    }

    private boolean negated(CueHit hit, int[] target) {
        if (hit.cue().text().contains("geen")) {
            return false;
        }
        // the target may stand before the cue, as in "dat zij de motie niet zal steunen"
        // a negation between the cue's words turns it too: "heeft toch niet ingestemd met"
        for (int t = Math.max(0, Math.min(hit.firstBegin() - 2, target[0])); t < Math.max(target[1], hit.firstBegin()); t++) {
            if (NEGATIONS.contains(lower(t))) {
                return true;
            }
            if (t > target[0] && t >= hit.end() && EMBEDDING.contains(lower(t))) {
                return false; // "beloven dat hij gaat kijken of mensen dat niet terugzien": a clause of its own
            }
        }
        return false;
    }
}
