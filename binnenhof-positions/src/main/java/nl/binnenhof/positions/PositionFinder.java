package nl.binnenhof.positions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.binnenhof.actors.ActorLayers;
import nl.binnenhof.actors.ActorType;
import nl.binnenhof.actors.Mention;
import nl.binnenhof.actors.MentionForm;
import nl.binnenhof.text.Annotator;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Layer;
import nl.binnenhof.text.Quotation;
import nl.binnenhof.text.Sentence;
import nl.binnenhof.text.Spans;
import nl.binnenhof.text.TextLayers;
import nl.binnenhof.text.Token;

/**
 * Finds stances sentence by sentence. For each cue of the stance lexicon it finds the actors (a
 * coordinated list: "D66 en de ChristenUnie"; a resolved pronoun; "die partij" for the last party
 * named; "zij" for the last group) and the target phrase (up to the end of its clause), turns the
 * polarity round on "niet" or "geen", and replaces a target that only points back ("dit voorstel")
 * by the one named before. "Tegenover die partijen staan X" gives X the opposite of what those
 * parties were said to want. Cues inside quotations are the speaker's words, not the article's
 * report of a stance, and are left alone.
 */
public final class PositionFinder implements Annotator {
    private static final Set<String> JOINERS = Set.of("en", ",", "de", "het", "ook", "of");
    private static final Set<String> NEGATIONS = Set.of("niet", "geen");
    /** Words that may stand before a clause-opening cue: "Maar als het aan de VVD ligt, …". */
    private static final Set<String> SENTENCE_JOINERS = Set.of("maar", "en", "ook", "want", "dus", "toch");
    private static final Set<String> DETERMINERS = Set.of("dit", "dat", "die", "deze", "het", "de", "beide", "een");
    private static final Set<String> GROUP_PRONOUNS = Set.of("zij", "ze");
    private static final Set<String> NOUN_PHRASE_STARTS = Set.of("de", "het", "deze", "die", "dit");
    /** Words that point "partijen" back at a group just named; "de partijen" may be all at the table. */
    private static final Set<String> GROUP_DETERMINERS = Set.of("deze", "die", "beide");
    private static final int MAX_TARGET_TOKENS = 14;
    private static final int SENTENCES_BACK_FOR_ANAPHORA = 3;
    private static final int MAX_PASSIVE_TARGET = 8;
    /** How many words after its head noun a proposal named earlier may take ("van Jetten voor een avondklok"). */
    private static final int MAX_PROPOSAL_TAIL = 7;
    /** Prepositions that go on naming a proposal: "de motie van Jetten", "het plan voor een avondklok". */
    private static final Set<String> PREPOSITIONS_IN_NAMES = Set.of("van", "voor", "over", "tegen", "om", "op");
    /** Prepositions that open an adverbial between "wil" and its object: "wil in die hoedanigheid de gesprekken …". */
    private static final Set<String> ADVERBIAL_PREPOSITIONS = Set.of("in", "met", "op", "na", "bij", "tijdens", "vanaf", "namens");
    /** How many words an apposition between a subject and its verb may take. */
    private static final int MAX_APPOSITION = 14;
    /** Verbs that make "voorstander van" a predicate of their subject. */
    private static final Set<String> COPULAS = Set.of("is", "was", "zijn", "waren", "blijkt", "bleek", "blijft", "bleef",
            "werd", "wordt", "worden", "werden");
    /** How far before "voorstander van" its copula may stand ("was in eerste instantie ook voorstander van"). */
    private static final int MAX_PREDICATE_GAP = 7;
    /** How many words an adverbial between "wil" and its object may take. */
    private static final int MAX_ADVERBIAL = 4;

    private final StanceLexicon lexicon = new StanceLexicon();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.TOKENS, TextLayers.LOWER_CASE, TextLayers.SENTENCES, TextLayers.QUOTATIONS,
                ActorLayers.PERSON_MENTIONS, ActorLayers.REFERENCES, ActorLayers.PARTY_MENTIONS,
                ActorLayers.ORGANISATION_MENTIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(PositionLayers.POSITIONS);
    }

    @Override
    public void annotate(Document doc) {
        doc.add(PositionLayers.POSITIONS, new Scan(doc).run());
    }

    /** A cue found in a sentence: where its parts stand. */
    private record Hit(StanceCue cue, int firstBegin, int firstEnd, int secondBegin, int secondEnd, Mention inserted) {
        int end() {
            return cue.isSplit() ? secondEnd : firstEnd;
        }
    }

    /** Per-article state. */
    private final class Scan {
        final Document doc;
        final String text;
        final List<Token> tokens;
        final List<Quotation> quotations;
        final String[] lowered;
        final boolean[] inQuotation;
        final List<Sentence> sentences;
        /** The first mention that starts at each token, and the first that ends before it (arrays: read per token). */
        final Mention[] startingAt;
        final Mention[] endingAt;
        final List<Mention> parties = new ArrayList<>();
        final List<Position> found = new ArrayList<>();
        List<String> lastGroup = List.of();
        int lastGroupSentence = -10;

        Scan(Document doc) {
            this.doc = doc;
            this.text = doc.text();
            this.tokens = doc.get(TextLayers.TOKENS);
            this.quotations = doc.get(TextLayers.QUOTATIONS);
            this.sentences = doc.get(TextLayers.SENTENCES);
            this.lowered = doc.get(TextLayers.LOWER_CASE).toArray(String[]::new);
            this.inQuotation = new boolean[tokens.size()];
            this.startingAt = new Mention[tokens.size() + 1];
            this.endingAt = new Mention[tokens.size() + 1];
            for (Quotation q : quotations) {
                for (int t = firstTokenAt(q.contentBegin()); t < tokens.size() && tokens.get(t).begin() < q.contentEnd(); t++) {
                    inQuotation[t] = true;
                }
            }
            List<Mention> persons = new ArrayList<>(doc.get(ActorLayers.PERSON_MENTIONS));
            persons.addAll(doc.get(ActorLayers.REFERENCES));
            List<Mention> all = new ArrayList<>(persons);
            for (Mention p : doc.get(ActorLayers.PARTY_MENTIONS)) {
                if (p.form() == MentionForm.NAME || !describesPerson(p, persons)) {
                    all.add(p);
                    parties.add(p);
                }
            }
            all.addAll(doc.get(ActorLayers.ORGANISATION_MENTIONS));
            for (Mention m : all) {
                if (startingAt[m.firstToken()] == null) {
                    startingAt[m.firstToken()] = m;
                }
                if (endingAt[m.endToken()] == null) {
                    endingAt[m.endToken()] = m;
                }
            }
        }

        /** "CDA-minister Hugo de Jonge": the party describes the person, it is not an actor of its own. */
        private boolean describesPerson(Mention party, List<Mention> persons) {
            for (Mention p : persons) {
                if (p.firstToken() >= party.firstToken() && p.firstToken() <= party.endToken()) {
                    return true;
                }
            }
            return false;
        }

        List<Position> run() {
            for (Sentence s : sentences) {
                if (!opposite(s)) {
                    for (Hit hit : hits(s)) {
                        apply(s, hit);
                    }
                }
            }
            return found;
        }

        private String lower(int t) {
            return lowered[t];
        }

        private boolean quoted(int t) {
            return inQuotation[t];
        }

        private int firstTokenAt(int offset) {
            return Spans.firstAtOrAfter(tokens, offset);
        }

        private List<Hit> hits(Sentence s) {
            List<Hit> hits = new ArrayList<>();
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                List<StanceCue> cues = lexicon.cuesByFirstWord.get(lower(t));
                if (cues == null || quoted(t)) {
                    continue;
                }
                int next = skipFillers(t + 1, s.endToken());
                for (StanceCue cue : cues) {
                    if (cue.first().length > 1 && next < s.endToken() && !lower(next).equals(cue.first()[1])
                            && startingAt[next] == null && !isFiller(cue.first()[1])
                            && personAfterRoleWords(next, s.endToken()) == null) {
                        continue; // the cue's second word is not there: most "is" and "heeft" stop here
                    }
                    Hit hit = match(cue, t, s);
                    if (hit != null) {
                        hits.add(hit);
                        t = hit.end() - 1; // a cue inside a matched one ("die … wil stellen") is part of it
                        break;
                    }
                }
            }
            return hits;
        }

        private Hit match(StanceCue cue, int t, Sentence s) {
            if (cue.frame().equals("relative") && (t == s.firstToken() || !tokens.get(t - 1).isWord()
                    || !Character.isLowerCase(tokens.get(t - 1).text().charAt(0)))) {
                return null; // "die" begins a relative clause only right after a noun
            }
            if (cue.frame().equals("priority") && endingAt[t] == null) {
                return null; // "Voor D66 zijn …" has its actor right before the verb: most "is" and "zijn" have none
            }
            Mention[] inserted = new Mention[1];
            int firstEnd = matchWords(cue.first(), t, s.endToken(), inserted);
            if (firstEnd < 0) {
                return null;
            }
            if (!cue.isSplit()) {
                return new Hit(cue, t, firstEnd, -1, -1, inserted[0]);
            }
            // "Voor D66 zijn beter onderwijs, meer werk en groenere belastingen de hoofdpunten": a list may stand between
            boolean list = cue.frame().equals("priority");
            int gap = list ? StanceLexicon.MAX_LIST_GAP : StanceLexicon.MAX_SPLIT_GAP;
            for (int u = firstEnd + 1; u < Math.min(s.endToken(), firstEnd + gap); u++) {
                if (lexicon.clauseBreaks.contains(lower(u)) || (!list && tokens.get(u).is(","))) {
                    return null;
                }
                int secondEnd = lower(u).equals(cue.second()[0]) ? matchWords(cue.second(), u, s.endToken(), new Mention[1]) : -1;
                if (secondEnd > 0) {
                    return new Hit(cue, t, firstEnd, u, secondEnd, inserted[0]);
                }
            }
            return null;
        }

        /** The first token from {@code t} that is no adverb, negation or quote mark (which may stand inside a cue). */
        private int skipFillers(int t, int limit) {
            while (t < limit && (isFiller(lower(t)) || quoteMark(tokens.get(t)))) {
                t++;
            }
            return t;
        }

        private boolean isFiller(String word) {
            return lexicon.adverbs.contains(word) || NEGATIONS.contains(word);
        }

        /** The last token before {@code at} that is no adverb or negation, or the sentence's first token. */
        private int skipFillersBack(int at, Sentence s) {
            int t = at - 1;
            while (t > s.firstToken() && isFiller(lower(t))) {
                t--;
            }
            return t;
        }

        /**
         * Matches the cue's words from {@code from}; between them may stand adverbs ("kreeg echter geen
         * steun") and, once, the subject that Dutch word order puts after the verb ("vindt hij het
         * onverantwoord"), which is handed back in {@code inserted}. Returns the end, or -1.
         */
        private int matchWords(String[] words, int from, int limit, Mention[] inserted) {
            int t = from;
            for (int k = 0; k < words.length; k++) {
                if (k > 0) {
                    while (t < limit && !lower(t).equals(words[k]) && (lexicon.adverbs.contains(lower(t))
                            || NEGATIONS.contains(lower(t)) || quoteMark(tokens.get(t)))) {
                        t++;
                    }
                    Mention m = t < limit && !lower(t).equals(words[k]) ? startingAt[t] : null;
                    if (m == null && t < limit && !lower(t).equals(words[k])) {
                        m = personAfterRoleWords(t, limit); // "uitte ook Kamerlid Pieter Grinwis zijn ergernis"
                    }
                    if (m != null && inserted[0] == null) {
                        inserted[0] = m;
                        t = skipAffiliation(skipParenthesis(m.endToken(), limit), limit);
                    }
                }
                if (t >= limit || !lower(t).equals(words[k])) {
                    return -1;
                }
                t++;
            }
            return t;
        }

        private void apply(Sentence s, Hit hit) {
            StanceCue cue = hit.cue();
            Position.Polarity polarity = cue.polarity();
            List<Mention> actors;
            int[] target;
            switch (cue.frame()) {
                case "passive" -> {
                    actors = groupAfter(hit.end(), s);
                    target = new int[] {skipLeadingWords(s.firstToken(), hit.firstBegin()), hit.firstBegin()};
                }
                case "split" -> {
                    if (contains(hit.firstEnd(), hit.secondBegin(), "er")) {
                        return; // "het land staat er beter voor"
                    }
                    // "Ze zei achter de inzet te staan": the actor may stand before a verb of saying
                    actors = groupBeforeVerb(hit.firstBegin(), s);
                    target = new int[] {hit.firstEnd(), hit.secondBegin()};
                }
                case "deal" -> {
                    actors = new ArrayList<>(groupBefore(hit.firstBegin(), s));
                    if (actors.isEmpty()) {
                        actors.addAll(groupAfter(skipDescriptors(s.firstToken(), s), s)); // "Oppositiepartijen D66 en CU hebben …"
                    }
                    List<Mention> partners = groupAfter(skipDescriptors(hit.end(), s), s);
                    actors.addAll(partners);
                    int over = find("over", partners.isEmpty() ? hit.end() : last(partners).endToken(), s);
                    target = over < 0 ? null : phrase(over + 1, s);
                }
                case "toofar" -> {
                    int voor = findBack("voor", hit.firstBegin(), s);
                    actors = voor < 0 ? List.of() : groupAfter(voor + 1, s);
                    target = new int[] {hit.firstEnd(), hit.secondBegin()};
                }
                case "priority" -> {
                    // "Voor D66 zijn …": the actors right after "voor", right before the verb
                    int voor = findBack("voor", hit.firstBegin(), s);
                    actors = voor < 0 ? List.of() : groupAfter(voor + 1, s);
                    if (!actors.isEmpty() && last(actors).endToken() != hit.firstBegin()) {
                        actors = List.of();
                    }
                    target = new int[] {hit.firstEnd(), hit.secondBegin()};
                }
                case "wish" -> {
                    actors = groupAfter(hit.end(), s);
                    int after = actors.isEmpty() ? -1 : skipParenthesis(last(actors).endToken(), s);
                    int om = actors.isEmpty() ? -1 : find("om", after, s);
                    target = om < 0 || om > after + 2 ? null : phrase(om + 1, s);
                }
                case "evaluate" -> {
                    Evaluation e = evaluation(hit, s);
                    if (e == null) {
                        return;
                    }
                    actors = e.actors();
                    target = e.target();
                    polarity = e.polarity();
                }
                case "predicate" -> {
                    // "Ferrier, tegenstander van …", "Samsom was in eerste instantie voorstander van …"
                    actors = predicateActors(hit.firstBegin(), s);
                    target = phrase(hit.end(), s);
                }
                case "condition" -> {
                    int dat = findBack("dat", hit.firstBegin(), s);
                    actors = dat < 0 ? List.of() : groupBeforeVerb(dat, s);
                    target = dat < 0 ? null : new int[] {dat + 1, hit.firstBegin()};
                }
                case "authored" -> {
                    actors = groupAfter(hit.end(), s);
                    int from = hit.firstBegin() > s.firstToken() && DETERMINERS.contains(lower(hit.firstBegin() - 1))
                            ? hit.firstBegin() - 1 : hit.firstBegin();
                    target = new int[] {from, hit.end() - 1}; // "een amendement", the proposal without its "van"
                }
                case "relative" -> {
                    actors = groupAfter(hit.firstEnd(), s);
                    target = relativeTarget(hit, s);
                }
                case "upto" -> {
                    // "Maar als het aan de VVD ligt, …" opens its sentence; "dat dit wat hem betreft niet zal
                    // gebeuren" has its subject before the cue, out of the target's reach
                    actors = opensClause(hit.firstBegin(), s) ? groupAfter(hit.firstEnd(), s) : List.of();
                    boolean fillsTheGap = !actors.isEmpty() && last(actors).endToken() == hit.secondBegin();
                    int from = hit.end() < s.endToken() && tokens.get(hit.end()).is(",") ? hit.end() + 1 : hit.end();
                    target = fillsTheGap ? phrase(from, s) : null; // "wat de begroting betreft": a topic, no actor
                }
                default -> {
                    actors = hit.inserted() != null ? List.of(hit.inserted())
                            : hit.cue().first()[0].equals("zich") ? groupBeforeVerb(hit.firstBegin(), s)
                            : groupBefore(hit.firstBegin(), s);
                    int afterNetAls = afterNetAls(s);
                    if (!actors.isEmpty() && afterNetAls >= 0 && actors.get(0).firstToken() >= afterNetAls
                            && actors.get(0).firstToken() <= afterNetAls + 2) {
                        actors = List.of(); // "Net als de VVD steunt het CDA …": the subject follows the verb
                    }
                    int from = hit.end();
                    if (actors.isEmpty()) {
                        actors = groupAfter(hit.end(), s); // "Ook wil de VVD …"
                        from = actors.isEmpty() ? from : last(actors).endToken();
                    }
                    if (actors.isEmpty()) {
                        actors = sharedSubject(hit.firstBegin(), s);
                    }
                    if (actors.isEmpty()) {
                        actors = subjectBeforeApposition(hit.firstBegin(), s);
                    }
                    target = phrase(from, s);
                    // "die het kabinet meestal steunt": the word before a verb that ends its clause is its object
                    VerbFinal clause = target[0] == target[1] ? verbFinal(hit, s) : null;
                    if (clause != null) {
                        actors = clause.actors();
                        target = new int[] {clause.from(), clause.end()};
                    } else if (target[0] == target[1] && !actors.isEmpty()) {
                        // "De motie van Jetten krijgt een meerderheid: VVD, CDA en D66 stemden voor."
                        int[] proposal = proposalBefore(actors.get(0).firstToken(), s);
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
                target = withoutAdverbial(target);
                if (!isStanceOfModal(target)) {
                    return;
                }
            }
            // "wilde weinig zeggen", "steunt ook": about the conversation, or no target at all; after "als het aan X
            // ligt" stands a whole clause with a verb of its own ("gaan de gesprekken door")
            boolean ownClause = cue.frame().equals("upto");
            if ((!ownClause && endsInNonStanceVerb(target)) || !namesSomething(target)) {
                return;
            }
            if (cue.frame().equals("passive") && (target[1] - target[0] > MAX_PASSIVE_TARGET || hasActor(target))) {
                return; // the subject of "kreeg steun van" is a proposal, not a clause with its own actor
            }
            if (onlyPointsBack(target)) {
                target = statementBefore(s); // negation was read above, on the words of this sentence
                if (target == null) {
                    return; // "dat" with nothing to stand for is no target
                }
            }
            while (target[1] - 1 > target[0] && (lower(target[1] - 1).equals("en") || lower(target[1] - 1).equals("of")
                    || tokens.get(target[1] - 1).is(","))) {
                target = new int[] {target[0], target[1] - 1}; // "een einde aan de bedreigingen en", cut off before its verb
            }
            String targetText = cue.frame().equals("relative") ? relativeText(hit, target, s) : targetText(target, s);
            if (targetText.isBlank()) {
                return;
            }
            actors = withLikeMinded(actors, s, hit);
            for (Mention actor : actors) {
                add(s, actor.actor(), actor.type(), polarity, targetText, target, hit);
            }
            rememberGroup(actors, s);
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
                         Hit hit) {
            if (has(actor, polarity, target)) {
                return;
            }
            found.add(new Position(s.begin(), s.end(), actor, type, polarity, target, tokens.get(span[0]).begin(),
                    tokens.get(span[1] - 1).end(), hit.cue().text(), tokens.get(hit.firstBegin()).begin(),
                    hit.cue().frame()));
        }

        private void rememberGroup(List<Mention> actors, Sentence s) {
            List<String> names = new ArrayList<>();
            actors.forEach(a -> names.add(a.actor()));
            lastGroup = names;
            lastGroupSentence = s.index();
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
            List<Mention> actors = groupAfter(verb + 1, s);
            List<Position> before = new ArrayList<>();
            for (Position p : found) {
                Sentence ps = sentenceOf(p.begin());
                if (ps != null && ps.index() < s.index() && ps.index() >= s.index() - 2) {
                    before.add(p);
                }
            }
            for (Position p : before) {
                if (!lastGroup.isEmpty() && !lastGroup.contains(p.actor())) {
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
                rememberGroup(actors, s);
            }
            return !actors.isEmpty();
        }

        private Sentence sentenceOf(int offset) {
            int i = Spans.lastAtOrBefore(sentences, offset);
            return i >= 0 ? sentences.get(i) : null;
        }

        /** The actors right before a token: "D66 en de ChristenUnie", "Die partij", "Zij". */
        private List<Mention> groupBefore(int at, Sentence s) {
            int t = at - 1;
            // "De SP kon uiteindelijk niet instemmen met": adverbs, negations and auxiliaries stand between
            while (t >= s.firstToken() && (lexicon.adverbs.contains(lower(t)) || NEGATIONS.contains(lower(t))
                    || lexicon.auxiliaries.contains(lower(t)) && !lower(t).equals("te"))) {
                t--;
            }
            List<Mention> group = new ArrayList<>();
            while (t >= s.firstToken()) {
                Mention m = endingAt[t + 1];
                if (m == null) {
                    if (group.isEmpty() && pointsAtGroup(t, s)) {
                        return lastGroupAsMentions(t, s); // "Deze partijen gingen akkoord"
                    }
                    Mention pointed = pointedActor(t, s);
                    if (pointed != null && group.isEmpty()) {
                        return List.of(pointed);
                    }
                    if (group.isEmpty() && GROUP_PRONOUNS.contains(lower(t))) {
                        return lastGroupAsMentions(t, s);
                    }
                    break;
                }
                group.add(0, ownerOf(m, s));
                t = group.get(0).firstToken() - 1;
                while (t >= s.firstToken() && JOINERS.contains(lower(t)) && endingAt[t + 1] == null) {
                    t--;
                }
                if (t >= s.firstToken() && endingAt[t + 1] == null) {
                    break;
                }
            }
            return group.isEmpty() || speaksForItself(group.get(0), s) ? group : List.of();
        }

        /**
         * False for "de dochters van Kaag": an actor after "van" acts only when the noun before it is one
         * through which it speaks ("de fractie van D66"); any other noun names someone else.
         */
        private boolean speaksForItself(Mention first, Sentence s) {
            int t = first.firstToken() - 1;
            while (t >= s.firstToken() && DETERMINERS.contains(lower(t))) {
                t--;
            }
            if (t - 1 < s.firstToken() || !lower(t).equals("van") || endingAt[t] != null
                    || !tokens.get(t - 1).isWord()) {
                return true;
            }
            return lexicon.voiceNouns.contains(lower(t - 1));
        }

        /** The actors of a verb that stands right before {@code at}: "Pechtold stelde [dat …]", "Rutte beloofde [zich …]". */
        private List<Mention> groupBeforeVerb(int at, Sentence s) {
            List<Mention> direct = groupBefore(at, s);
            if (!direct.isEmpty() || at - 1 < s.firstToken() || !tokens.get(at - 1).isWord()) {
                return direct;
            }
            return groupBefore(at - 1, s);
        }

        /**
         * "Kaag gaat door als fractievoorzitter en wil …": a verb after "en" without a subject of its own shares
         * the one that opens the sentence, when no subordinate clause and no comma but one right before the "en"
         * stands between them.
         */
        private List<Mention> sharedSubject(int at, Sentence s) {
            int en = skipFillersBack(at, s);
            if (en <= s.firstToken() || !lower(en).equals("en")) {
                return List.of();
            }
            List<Mention> subject = groupAfter(skipDescriptors(s.firstToken(), s), s);
            if (subject.isEmpty() || subject.get(0).firstToken() > s.firstToken() + 1) {
                return List.of();
            }
            int verb = skipParenthesis(last(subject).endToken(), s);
            if (verb >= en || !tokens.get(verb).isWord() || !Character.isLowerCase(tokens.get(verb).text().charAt(0))) {
                return List.of();
            }
            int end = tokens.get(en - 1).is(",") ? en - 1 : en; // "Samsom wilde door, en was …"
            for (int t = verb; t < end; t++) {
                if (!tokens.get(t).isWord() && !tokens.get(t).is("-") || lexicon.subordinators.contains(lower(t))
                        || lower(t).equals("die") || lexicon.clauseBreaks.contains(lower(t))) {
                    return List.of();
                }
            }
            return subject;
        }

        private record Evaluation(List<Mention> actors, int[] target, Position.Polarity polarity) {
        }

        /**
         * "X noemt de plannen 'verschrikkelijk'" (actor before the verb, target up to the judging word) or
         * "De troonrede is een 'misser', vindt X" (actor after the verb, target before "is").
         */
        private Evaluation evaluation(Hit hit, Sentence s) {
            int cue = hit.firstBegin();
            boolean afterComma = cue - 1 >= s.firstToken() && tokens.get(cue - 1).is(",");
            if (afterComma) {
                List<Mention> actors = hit.inserted() != null ? List.of(hit.inserted()) : groupAfter(hit.end(), s);
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
            List<Mention> actors = hit.inserted() != null ? List.of(hit.inserted()) : groupBefore(cue, s);
            int[] clause = phrase(hit.end(), s);
            VerbFinal verbFinal = clause[0] == clause[1] ? verbFinal(hit, s) : null;
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
                        if (lower(u).equals("een") && t - u <= 3 || quoteMark(tokens.get(u))) {
                            end = u; // "noemt het akkoord een hartstikke goede stap", "… 'onnodig en onverantwoord'"
                            break;
                        }
                    }
                    // "noemt het akkoord ambitieus en evenwichtig": judgements listed before this one are no target
                    while (end - 2 > clause[0] && (lower(end - 1).equals("en") || tokens.get(end - 1).is(","))
                            && tokens.get(end - 2).isWord()) {
                        end -= 2;
                    }
                    while (end > clause[0] && quoteMark(tokens.get(end - 1))) {
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

        private boolean negatedBetween(int from, int to) {
            for (int t = from; t < to; t++) {
                if (NEGATIONS.contains(lower(t))) {
                    return true;
                }
            }
            return false;
        }

        /** A subordinate clause that ends in the cue: its actors, and the words between them and the verb. */
        private record VerbFinal(List<Mention> actors, int from, int end) {
        }

        /**
         * "dat de VVD-fractie het akkoord steunt", "de SGP, die het kabinet meestal steunt": a stance verb
         * that ends a subordinate clause has its actor and target before it. Null when the cue ends no such
         * clause or the clause names no actor.
         */
        private VerbFinal verbFinal(Hit hit, Sentence s) {
            if (hit.end() < s.endToken() && tokens.get(hit.end()).isWord() && !lexicon.clauseBreaks.contains(lower(hit.end()))
                    && !lower(hit.end()).equals("en")) {
                return null; // the verb does not end its clause
            }
            int end = hit.firstBegin();
            while (end > s.firstToken() && (lexicon.auxiliaries.contains(lower(end - 1))
                    || NEGATIONS.contains(lower(end - 1)) || lexicon.adverbs.contains(lower(end - 1)))) {
                end--;
            }
            for (int t = end - 1; t >= Math.max(s.firstToken(), end - MAX_TARGET_TOKENS - 4); t--) {
                boolean relative = lower(t).equals("die") && t - 1 >= s.firstToken() && tokens.get(t - 1).is(",");
                if (relative) {
                    List<Mention> antecedent = groupBefore(t - 1, s);
                    return antecedent.isEmpty() ? null : new VerbFinal(antecedent, t + 1, end);
                }
                Token token = tokens.get(t);
                if (token.kind() == Token.Kind.PUNCT && !token.is("-") && !quoteMark(token)) {
                    return null; // but numbers ("vanaf 21.00 uur") belong to the clause
                }
                if (lexicon.subordinators.contains(lower(t))) {
                    List<Mention> subject = groupAfter(t + 1, s);
                    if (!subject.isEmpty()) {
                        return new VerbFinal(subject, last(subject).endToken(), end);
                    }
                    List<Mention> meant = pluralPronoun(t + 1, s);
                    return meant.isEmpty() ? null : new VerbFinal(meant, t + 2, end);
                }
            }
            return null;
        }

        /** The actors "zij" or "ze" at {@code at} stands for: named together before it in the sentence, or the last group. */
        private List<Mention> pluralPronoun(int at, Sentence s) {
            if (at >= s.endToken() || !GROUP_PRONOUNS.contains(lower(at))) {
                return List.of();
            }
            List<Mention> named = groupNamedBefore(at, s);
            return named.isEmpty() ? lastGroupAsMentions(at, s) : named;
        }

        /** "NSC verwijt de VVD en BBB dat ze …": the last two or more actors named together before a plural pronoun. */
        private List<Mention> groupNamedBefore(int at, Sentence s) {
            for (int t = at - 1; t > s.firstToken(); t--) {
                if (endingAt[t + 1] != null) {
                    List<Mention> group = groupBefore(t + 1, s);
                    if (group.size() >= 2) {
                        return group;
                    }
                    t = group.isEmpty() ? t : group.get(0).firstToken();
                }
            }
            return List.of();
        }

        /** "Geert Wilders van de grootste oppositiepartij PVV": the person, not the party, acts. */
        private Mention ownerOf(Mention party, Sentence s) {
            if (party.type() != ActorType.PARTY) {
                return party;
            }
            for (int t = party.firstToken() - 1; t >= Math.max(s.firstToken(), party.firstToken() - 5); t--) {
                if (lower(t).equals("van")) {
                    Mention person = endingAt[t];
                    return person != null && person.type() == ActorType.PERSON ? person : party;
                }
                if (!tokens.get(t).isWord()) {
                    return party;
                }
            }
            return party;
        }

        /** The actors right after a token: "door D66 en CU", "van de VVD". */
        private List<Mention> groupAfter(int at, Sentence s) {
            int t = at;
            while (t < s.endToken() && (lexicon.adverbs.contains(lower(t)) || lower(t).equals("de")
                    || lower(t).equals("het"))) {
                t++;
            }
            List<Mention> group = new ArrayList<>();
            while (t < s.endToken()) {
                Mention m = startingAt[t];
                if (m == null) {
                    m = personAfterRoleWords(t, s);
                }
                if (m == null) {
                    break;
                }
                group.add(m);
                t = m.endToken();
                t = skipParenthesis(t, s); // "(D66)" after a name
                int joined = t;
                while (joined < s.endToken() && JOINERS.contains(lower(joined))) {
                    joined++;
                }
                if (joined == t || joined >= s.endToken() || startingAt[joined] == null) {
                    break;
                }
                t = joined;
            }
            return group;
        }

        /** "SP-leider Lilian Marijnissen", "politiek verslaggever Ron Fresen": the name after its role words. */
        private Mention personAfterRoleWords(int t, Sentence s) {
            return personAfterRoleWords(t, s.endToken());
        }

        private Mention personAfterRoleWords(int t, int limit) {
            for (int u = t + 1; u <= t + 2 && u < limit; u++) {
                if (!tokens.get(u - 1).isWord()) {
                    return null;
                }
                Mention m = startingAt[u];
                if (m != null) {
                    return m.type() == ActorType.PERSON && m.form() == MentionForm.NAME ? m : null;
                }
            }
            return null;
        }

        /**
         * "Net als CDA'er Boswijk uitte ook Grinwis zijn ergernis over …": the actors after a sentence-opening
         * "net als" take the same stance as the subject.
         */
        private List<Mention> withLikeMinded(List<Mention> actors, Sentence s, Hit hit) {
            int after = afterNetAls(s);
            if (after < 0 || after >= hit.firstBegin()) {
                return actors;
            }
            List<Mention> alike = groupAfter(after, s);
            int next = alike.isEmpty() ? after + 1 : alike.get(0).endToken(); // "CDA'er Boswijk": a party word, or none
            Mention person = next < hit.firstBegin() ? startingAt[next] : null;
            if (alike.size() <= 1 && person != null && person.type() == ActorType.PERSON) {
                alike = List.of(person); // the person, not the party of "CDA'er"
            }
            List<Mention> all = new ArrayList<>(actors);
            for (Mention m : alike) {
                if (m.endToken() <= hit.firstBegin() && all.stream().noneMatch(a -> a.actor().equals(m.actor()))) {
                    all.add(m);
                }
            }
            return all;
        }

        /**
         * "Öztürk en Kuzu, sinds dinsdag een eigen fractie, zijn tegen …": an apposition between the subject that
         * opens the sentence and the verb.
         */
        private List<Mention> subjectBeforeApposition(int at, Sentence s) {
            int t = skipFillersBack(at, s);
            if (t <= s.firstToken() || !tokens.get(t).is(",")) {
                return List.of();
            }
            for (int u = t - 1; u > Math.max(s.firstToken(), t - MAX_APPOSITION); u--) {
                if (tokens.get(u).is(",")) {
                    List<Mention> subject = groupBefore(u, s);
                    boolean opens = !subject.isEmpty()
                            && subject.get(0).firstToken() <= skipLeadingWords(s.firstToken(), s.endToken()) + 1;
                    return opens ? subject : List.of();
                }
            }
            return List.of();
        }

        /**
         * Who is "voorstander van" or "tegenstander van": the name before a comma that opens the noun as an
         * apposition, or the subject of the copula a few words before it (or right after the copula, when the
         * subject follows the verb: "Wel is Rutte voorstander van …").
         */
        private List<Mention> predicateActors(int cue, Sentence s) {
            int t = cue - 1;
            for (int skipped = 0; t > s.firstToken() && skipped < 3 && tokens.get(t).isWord()
                    && Character.isLowerCase(tokens.get(t).text().charAt(0)) && !COPULAS.contains(lower(t)); skipped++) {
                t--; // "een groot", "fel", "al lang"
            }
            if (t > s.firstToken() && tokens.get(t).is(",")) {
                return groupBefore(t, s);
            }
            for (int u = cue - 1; u >= Math.max(s.firstToken(), cue - MAX_PREDICATE_GAP); u--) {
                if (COPULAS.contains(lower(u))) {
                    List<Mention> subject = groupBefore(u, s);
                    if (subject.isEmpty()) {
                        subject = sharedSubject(u, s); // "Samsom wilde door en was voorstander van …"
                    }
                    if (subject.isEmpty()) {
                        subject = groupAfter(u + 1, s);
                        return !subject.isEmpty() && last(subject).endToken() < cue ? subject : List.of();
                    }
                    return subject;
                }
                if (!tokens.get(u).isWord() || startingAt[u] != null) {
                    break; // "… zei Rutte, die voorstander is van …": no copula of this clause
                }
            }
            return List.of();
        }

        /** The token after a "net als" that opens the sentence (after "maar", "en" or adverbs), or -1. */
        private int afterNetAls(Sentence s) {
            int t = skipLeadingWords(s.firstToken(), s.endToken());
            return t + 1 < s.endToken() && lower(t).equals("net") && lower(t + 1).equals("als") ? t + 2 : -1;
        }

        /** "deze partijen", "die partijen", "beide partijen": the group that took the last stance. */
        private boolean pointsAtGroup(int t, Sentence s) {
            return lower(t).equals("partijen") && t - 1 >= s.firstToken() && GROUP_DETERMINERS.contains(lower(t - 1));
        }

        /** "die partij", "de partij", "deze partij": the last party named before. */
        private Mention pointedActor(int t, Sentence s) {
            if (!lower(t).equals("partij") || t - 1 < s.firstToken() || !DETERMINERS.contains(lower(t - 1))) {
                return null;
            }
            Mention last = null;
            for (Mention p : parties) {
                if (p.end() <= tokens.get(t).begin()) {
                    last = p;
                }
            }
            return last;
        }

        private List<Mention> lastGroupAsMentions(int t, Sentence s) {
            if (lastGroup.size() < 2 || s.index() - lastGroupSentence > 2) {
                return List.of();
            }
            List<Mention> group = new ArrayList<>();
            Token pronoun = tokens.get(t);
            for (String name : lastGroup) {
                ActorType type = ActorType.PARTY;
                for (Mention m : startingAt) {
                    if (m != null && m.actor().equals(name)) {
                        type = m.type();
                        break;
                    }
                }
                group.add(new Mention(pronoun.begin(), pronoun.end(), name, type, MentionForm.PRONOUN, t, t + 1));
            }
            return group;
        }

        /** The token after a parenthesis that opens at {@code t} ("Schippers (Volksgezondheid) om …"), else t. */
        private int skipParenthesis(int t, Sentence s) {
            return skipParenthesis(t, s.endToken());
        }

        private int skipParenthesis(int t, int limit) {
            if (t >= limit || !tokens.get(t).is("(")) {
                return t;
            }
            while (t < limit && !tokens.get(t).is(")")) {
                t++;
            }
            return Math.min(t + 1, limit);
        }

        /** The token after "van de ChristenUnie" that follows a name at {@code t}, else t. */
        private int skipAffiliation(int t, int limit) {
            if (t >= limit || !lower(t).equals("van")) {
                return t;
            }
            int u = t + 1;
            if (u < limit && DETERMINERS.contains(lower(u))) {
                u++;
            }
            Mention party = u < limit ? startingAt[u] : null;
            return party != null && party.type() == ActorType.PARTY ? party.endToken() : t;
        }

        /** Skips nouns such as "regeringspartijen" that stand before a list of parties. */
        private int skipDescriptors(int from, Sentence s) {
            int t = from;
            while (t < s.endToken() && t < from + 2 && startingAt[t] == null && lower(t).contains("partij")) {
                t++;
            }
            return t;
        }

        private int find(String word, int from, Sentence s) {
            for (int t = from; t < s.endToken(); t++) {
                if (lower(t).equals(word)) {
                    return t;
                }
                if (lexicon.clauseBreaks.contains(lower(t))) {
                    return -1;
                }
            }
            return -1;
        }

        private int findBack(String word, int from, Sentence s) {
            for (int t = from - 1; t >= s.firstToken(); t--) {
                if (lower(t).equals(word)) {
                    return t;
                }
            }
            return -1;
        }

        private static Mention last(List<Mention> ms) {
            return ms.get(ms.size() - 1);
        }

        /** The tokens from {@code from} to the end of the clause. */
        private int[] phrase(int from, Sentence s) {
            int t = from;
            int limit = Math.min(s.endToken(), from + MAX_TARGET_TOKENS);
            while (t < limit) {
                Token token = tokens.get(t);
                String w = lower(t);
                boolean listGoesOn = token.is(",") && t + 1 < s.endToken() && startingAt[t + 1] != null;
                if (token.kind() == Token.Kind.PUNCT && !token.is("-") && !token.is("'") && !quoteMark(token)
                        && !listGoesOn) {
                    break; // but "een coalitie van VVD, D66, CDA en ChristenUnie" goes on
                }
                if (t > from && lexicon.clauseBreaks.contains(w)) {
                    break;
                }
                if (w.equals("en") && t + 1 < s.endToken() && lexicon.verbsAfterEn.contains(lower(t + 1))) {
                    break;
                }
                t++;
            }
            return new int[] {from, t};
        }

        private boolean quoteMark(Token token) {
            for (Quotation q : quotations) {
                if (q.begin() == token.begin() || q.contentEnd() == token.begin()) {
                    return true;
                }
            }
            return false;
        }

        /** After "wil": a noun phrase or a "dat" clause, and no verb of saying or of one's own steps. */
        private boolean isStanceOfModal(int[] target) {
            int first = target[0];
            while (first < target[1] && (NEGATIONS.contains(lower(first)) || lexicon.adverbs.contains(lower(first)))) {
                first++;
            }
            if (first >= target[1]) {
                return false;
            }
            // a plan to act ("wil zich beraden", "wilde niet ingaan op") is no stance; a wished outcome
            // ("wil dat er minder asielzoekers komen", "hoopt dat ze snel worden geleverd") is, whatever its verb
            for (int t = first; t < target[1] && !lower(first).equals("dat"); t++) {
                if (lexicon.nonStanceVerbs.contains(lower(t)) || lower(t).equals("zich")) {
                    return false;
                }
            }
            String w = lower(first);
            boolean adjective = w.length() > 3 && w.endsWith("e") && Character.isLowerCase(tokens.get(first).text().charAt(0));
            return lexicon.modalTargetStarts.contains(w) || adjective || nounThenInfinitive(first, target[1]);
        }

        /** "wil verantwoordelijkheid dragen": a bare noun and the infinitive that acts on it, nothing more. */
        private boolean nounThenInfinitive(int first, int end) {
            if (end - first != 2 || !tokens.get(first).isWord() || !tokens.get(first + 1).isWord()) {
                return false;
            }
            String infinitive = lower(first + 1);
            return Character.isLowerCase(tokens.get(first).text().charAt(0)) && infinitive.length() > 3
                    && infinitive.endsWith("en") && !lexicon.verbsAfterEn.contains(infinitive);
        }

        /**
         * "wil in die hoedanigheid ook de formatiegesprekken voortzetten": the target begins after a short
         * adverbial that opens with a preposition, when a noun phrase follows it; otherwise it stays as it is.
         */
        private int[] withoutAdverbial(int[] target) {
            if (target[0] >= target[1] || !ADVERBIAL_PREPOSITIONS.contains(lower(target[0]))) {
                return target;
            }
            for (int u = target[0] + 1; u < Math.min(target[1], target[0] + 2 + MAX_ADVERBIAL); u++) {
                // "hoopte met zijn partij na de nederlaag …": a second preposition, a quote mark: no short adverbial
                if (!tokens.get(u).isWord() || ADVERBIAL_PREPOSITIONS.contains(lower(u)) || PREPOSITIONS_IN_NAMES.contains(lower(u))) {
                    return target;
                }
                if (u >= target[0] + 2 && lexicon.modalTargetStarts.contains(lower(u)) && !lower(u).equals("dat")) {
                    return new int[] {u, target[1]};
                }
            }
            return target;
        }

        /** Two words that say what it is about, or one after an article: "de troonrede", not "ook". */
        private boolean namesSomething(int[] target) {
            int words = contentWords(target);
            if (target[0] < target[1] && lexicon.nonTargetStarts.contains(lower(target[0]))) {
                return false;
            }
            boolean nounPhrase = target[0] < target[1] && NOUN_PHRASE_STARTS.contains(lower(target[0])); // "deze boerenacties"
            return words >= 2 || (words == 1 && nounPhrase);
        }

        /** Words of the target that say what it is about: not determiners, adverbs or negations. */
        private int contentWords(int[] target) {
            int n = 0;
            for (int t = target[0]; t < target[1]; t++) {
                String w = lower(t);
                if (tokens.get(t).isWord() && !DETERMINERS.contains(w) && !lexicon.adverbs.contains(w)
                        && !NEGATIONS.contains(w) && !w.equals("er")) {
                    n += lexicon.anaphoricHeads.contains(w) ? 2 : 1; // "dit voorstel" stands for a whole target
                }
            }
            return n;
        }

        private boolean contains(int from, int to, String word) {
            for (int t = from; t < to; t++) {
                if (lower(t).equals(word)) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasActor(int[] target) {
            for (int t = target[0]; t < target[1]; t++) {
                if (startingAt[t] != null) {
                    return true;
                }
            }
            return false;
        }

        /** The first or the last word of the target is a verb of saying: "wilde niet ingaan op …". */
        private boolean endsInNonStanceVerb(int[] target) {
            int first = target[0];
            while (first < target[1] && (NEGATIONS.contains(lower(first)) || lexicon.adverbs.contains(lower(first)))) {
                first++;
            }
            if (first < target[1] && lexicon.nonStanceVerbs.contains(lower(first))) {
                return true;
            }
            for (int t = target[1] - 1; t >= target[0]; t--) {
                if (tokens.get(t).isWord()) {
                    return lexicon.nonStanceVerbs.contains(lower(t));
                }
            }
            return false;
        }

        /** The noun before "die" and what follows the relative clause's verb, without the clause itself. */
        private String relativeText(Hit hit, int[] target, Sentence s) {
            String noun = targetText(new int[] {target[0], hit.firstBegin()}, s);
            int after = hit.end();
            if (after < s.endToken() && Character.isLowerCase(tokens.get(after).text().charAt(0))) {
                after++;
            }
            String rest = after < target[1] ? targetText(new int[] {after, target[1]}, s) : "";
            return (noun + " " + rest).strip();
        }

        /** "de beperking die de VVD wil stellen aan het recht op gezinshereniging". */
        private int[] relativeTarget(Hit hit, Sentence s) {
            int noun = hit.firstBegin() - 1;
            int begin = noun;
            while (begin > s.firstToken() && noun - begin < 4 && !DETERMINERS.contains(lower(begin))) {
                begin--;
            }
            if (noun < s.firstToken() || !DETERMINERS.contains(lower(begin))) {
                return null;
            }
            int after = hit.end();
            if (after < s.endToken() && Character.isLowerCase(tokens.get(after).text().charAt(0))) {
                after++; // the verb of the relative clause: "stellen"
            }
            int[] rest = phrase(after, s);
            // the target is the noun phrase and the rest of the clause; keep them as one span
            return new int[] {begin + 1 <= noun ? begin : noun, Math.max(rest[1], noun + 1)};
        }

        private int skipLeadingWords(int from, int limit) {
            int t = from;
            while (t < limit && (lexicon.adverbs.contains(lower(t)) || lower(t).equals("maar") || lower(t).equals("en"))) {
                t++;
            }
            return t;
        }

        private boolean negated(Hit hit, int[] target) {
            if (hit.cue().text().contains("geen")) {
                return false;
            }
            // the target may stand before the cue, as in "dat zij de motie niet zal steunen"
            // a negation between the cue's words turns it too: "heeft toch niet ingestemd met"
            for (int t = Math.max(0, Math.min(hit.firstBegin() - 2, target[0])); t < Math.max(target[1], hit.firstBegin()); t++) {
                if (NEGATIONS.contains(lower(t))) {
                    return true;
                }
            }
            return false;
        }

        private String targetText(int[] span, Sentence s) {
            int from = span[0];
            int to = span[1];
            while (from < to && (lower(from).equals("dat") || lower(from).equals("er") || lower(from).equals("om")
                    || lower(from).equals("zien") || NEGATIONS.contains(lower(from)) || lower(from).equals("tot"))) {
                from++;
            }
            if (from >= to) {
                return "";
            }
            String pointer = pointsBack(from, to);
            if (pointer != null) {
                return pointer;
            }
            StringBuilder out = new StringBuilder();
            int prevEnd = -1;
            for (int t = from; t < to; t++) {
                Token token = tokens.get(t);
                if (NEGATIONS.contains(lower(t)) || quoteMark(token)) {
                    continue;
                }
                if (prevEnd >= 0) {
                    out.append(token.begin() > prevEnd ? " " : "");
                }
                out.append(token.text());
                prevEnd = token.end();
            }
            return out.toString().replaceAll("\\s+", " ").strip();
        }

        /** Whether a cue at {@code t} opens its sentence, after at most a comma or one joining word ("Maar als …"). */
        private boolean opensClause(int t, Sentence s) {
            return t == s.firstToken() || (t - 1 == s.firstToken() && SENTENCE_JOINERS.contains(lower(t - 1)))
                    || tokens.get(t - 1).is(",");
        }

        /**
         * "als het aan de VVD ligt, gaat dat niet gebeuren": a target that is "dat" or "dit" with a verb or two and
         * nothing else says nothing itself; it stands for what was said before.
         */
        private boolean onlyPointsBack(int[] target) {
            boolean pointer = false;
            int otherWords = 0;
            for (int t = target[0]; t < target[1]; t++) {
                String w = lower(t);
                if (!tokens.get(t).isWord() || NEGATIONS.contains(w) || lexicon.adverbs.contains(w)) {
                    continue;
                }
                if (w.equals("dat") || w.equals("dit")) {
                    pointer = true;
                } else {
                    otherWords++;
                }
            }
            return pointer && otherWords <= 2;
        }

        /**
         * What the sentence before said, when it stands in the same paragraph: its main clause, which follows its
         * last comma ("Als de partijen er niet uit komen, kunnen de gesprekken volgende week doorgaan"); or null.
         */
        /**
         * The last proposal named before {@code at}, in this sentence or the one before it in the same
         * paragraph: a determiner, a head noun of anaphoric-targets.txt ("motie", "wetsvoorstel") and what
         * a preposition adds ("van Jetten", "voor een avondklok"), up to the next verb. Null when there is none.
         */
        private int[] proposalBefore(int at, Sentence s) {
            int first = s.index() > 0 && sentences.get(s.index() - 1).block() == s.block()
                    ? sentences.get(s.index() - 1).firstToken() : s.firstToken();
            for (int u = at - 1; u > first; u--) {
                if (!lexicon.anaphoricHeads.contains(lower(u)) || !DETERMINERS.contains(lower(u - 1))) {
                    continue;
                }
                int end = u + 1;
                if (end < tokens.size() && PREPOSITIONS_IN_NAMES.contains(lower(end))) {
                    end++;
                    while (end < Math.min(tokens.size(), u + 1 + MAX_PROPOSAL_TAIL) && (tokens.get(end).isWord()
                            || tokens.get(end).kind() == Token.Kind.NUMBER) && !lexicon.clauseBreaks.contains(lower(end))
                            && !lexicon.verbsAfterEn.contains(lower(end)) && !lower(end).equals("en")) {
                        end++;
                    }
                }
                return new int[] {u - 1, end};
            }
            return null;
        }

        private int[] statementBefore(Sentence s) {
            if (s.index() == 0 || sentences.get(s.index() - 1).block() != s.block()) {
                return null;
            }
            Sentence before = sentences.get(s.index() - 1);
            int to = before.endToken();
            while (to > before.firstToken() && !tokens.get(to - 1).isWord()) {
                to--;
            }
            int from = before.firstToken();
            for (int t = to - 1; t > before.firstToken(); t--) {
                if (tokens.get(t).is(",")) {
                    from = t + 1;
                    break;
                }
            }
            return from < to ? new int[] {from, to} : null;
        }

        /** "dit voorstel", "die maatregel", "het voorstel": the last target named in the sentences before. */
        private String pointsBack(int from, int to) {
            Set<String> words = new LinkedHashSet<>();
            boolean head = false;
            for (int t = from; t < to; t++) {
                String w = lower(t);
                if (lexicon.anaphoricHeads.contains(w)) {
                    head = true;
                } else if (!DETERMINERS.contains(w) && !lexicon.adverbs.contains(w) && !NEGATIONS.contains(w)
                        && !w.equals("omarmen") && !w.equals("steunen")) {
                    words.add(w);
                }
            }
            if (!head || !words.isEmpty() || found.isEmpty()) {
                return null;
            }
            Position last = found.get(found.size() - 1);
            Sentence lastSentence = sentenceOf(last.begin());
            Sentence here = sentenceOf(tokens.get(from).begin());
            if (lastSentence == null || here == null || here.index() - lastSentence.index() > SENTENCES_BACK_FOR_ANAPHORA) {
                return null;
            }
            return last.target();
        }
    }
}
