package nl.binnenhof.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.binnenhof.actors.ActorType;
import nl.binnenhof.actors.Mention;
import nl.binnenhof.actors.MentionForm;
import nl.binnenhof.text.Sentence;
import nl.binnenhof.text.Token;

/**
 * Who takes a stance: the actors before or after a cue ("D66 en de ChristenUnie", "door de VVD"), a
 * pronoun or "die partij" resolved, the subject shared after "en", the subject of a verb-final clause, and
 * the group that took the last stance ("zij", "deze partijen"), which it remembers sentence by sentence.
 */
final class ActorPhrases extends ArticleView {
    private static final Set<String> JOINERS = Set.of("en", ",", "de", "het", "ook", "of");
    private static final Set<String> GROUP_PRONOUNS = Set.of("zij", "ze");
    /** Words that point "partijen" back at a group just named; "de partijen" may be all at the table. */
    private static final Set<String> GROUP_DETERMINERS = Set.of("deze", "die", "beide");
    /** How many words an apposition between a subject and its verb may take. */
    private static final int MAX_APPOSITION = 14;
    /** How many tokens a parenthesis after a name may hold ("(Natuur en Stikstof, VVD)"). */
    private static final int MAX_PARENTHESIS = 8;
    /** Verbs that make "voorstander van" a predicate of their subject. */
    private static final Set<String> COPULAS = Set.of("is", "was", "zijn", "waren", "blijkt", "bleek", "blijft", "bleef",
            "werd", "wordt", "worden", "werden");
    /** How far before "voorstander van" its copula may stand ("was in eerste instantie ook voorstander van"). */
    private static final int MAX_PREDICATE_GAP = 7;

    /** The actors of the last stance, and the sentence it stood in: what "zij" and "deze partijen" point at. */
    List<String> lastGroup = List.of();
    int lastGroupSentence = -10;

    ActorPhrases(ArticleView article) {
        super(article);
    }

    void rememberGroup(List<Mention> actors, Sentence s) {
        List<String> names = new ArrayList<>();
        actors.forEach(a -> names.add(a.actor()));
        lastGroup = names;
        lastGroupSentence = s.index();
    }

    /** The actors right before a token: "D66 en de ChristenUnie", "Die partij", "Zij". */
    List<Mention> groupBefore(int at, Sentence s) {
        int t = at - 1;
        // "De SP kon uiteindelijk niet instemmen met": adverbs, negations and auxiliaries stand between
        while (t >= s.firstToken() && (lexicon.adverbs.contains(lower(t)) || NEGATIONS.contains(lower(t))
                || lexicon.auxiliaries.contains(lower(t)) && !lower(t).equals("te"))) {
            t--;
        }
        t = beforeParenthesis(t, s); // "Anna Visser (VVD) steunt": the name before what describes it
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

    /** The token before a parenthesis that closes at {@code t} ("Visser (VVD)", "De Boer (Financiën)"), else t. */
    private int beforeParenthesis(int t, Sentence s) {
        if (t <= s.firstToken() || !tokens.get(t).is(")")) {
            return t;
        }
        for (int u = t - 1; u > s.firstToken() && u >= t - MAX_PARENTHESIS; u--) {
            if (tokens.get(u).is("(")) {
                return u - 1;
            }
        }
        return t;
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
    List<Mention> groupBeforeVerb(int at, Sentence s) {
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
    List<Mention> sharedSubject(int at, Sentence s) {
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

    /** A subordinate clause that ends in the cue: its actors, and the words between them and the verb. */
    record VerbFinal(List<Mention> actors, int from, int end) {
    }

    /**
     * "dat de VVD-fractie het akkoord steunt", "de SGP, die het kabinet meestal steunt": a stance verb
     * that ends a subordinate clause has its actor and target before it. Null when the cue ends no such
     * clause or the clause names no actor.
     */
    VerbFinal verbFinal(CueHit hit, Sentence s) {
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
            if (token.kind() == Token.Kind.PUNCT && !token.is("-") && !quoteMark(t)) {
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
    List<Mention> pluralPronoun(int at, Sentence s) {
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
    List<Mention> groupAfter(int at, Sentence s) {
        int t = at;
        // "de minister" resolved to a person begins at "de": a mention there is not skipped
        while (t < s.endToken() && startingAt[t] == null && (lexicon.adverbs.contains(lower(t)) || lower(t).equals("de")
                || lower(t).equals("het"))) {
            t++;
        }
        List<Mention> group = new ArrayList<>();
        Mention pointed = t < s.endToken() && startingAt[t] == null ? pointedActor(t, s) : null;
        if (pointed != null) {
            return List.of(pointed); // "Daarmee steunt het congres het regeerakkoord"
        }
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
    Mention personAfterRoleWords(int t, Sentence s) {
        return personAfterRoleWords(t, s.endToken());
    }

    Mention personAfterRoleWords(int t, int limit) {
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
    List<Mention> withLikeMinded(List<Mention> actors, Sentence s, CueHit hit) {
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
    List<Mention> subjectBeforeApposition(int at, Sentence s) {
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
    List<Mention> predicateActors(int cue, Sentence s) {
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
    int afterNetAls(Sentence s) {
        int t = skipLeadingWords(s.firstToken(), s.endToken());
        return t + 1 < s.endToken() && lower(t).equals("net") && lower(t + 1).equals("als") ? t + 2 : -1;
    }

    /** "deze partijen", "die partijen", "beide partijen": the group that took the last stance. */
    private boolean pointsAtGroup(int t, Sentence s) {
        return lower(t).equals("partijen") && t - 1 >= s.firstToken() && GROUP_DETERMINERS.contains(lower(t - 1));
    }

    /**
     * "die partij", "de fractie", "het congres": the last party named before, or the last one named with that
     * noun ("het CDA-congres … het congres"), when the noun is one through which a party speaks
     * ({@code party-organs.txt}).
     */
    Mention pointedActor(int t, Sentence s) {
        String noun = lower(t);
        if (!lexicon.partyOrgans.contains(noun) || t - 1 < s.firstToken() || !DETERMINERS.contains(lower(t - 1))) {
            return null;
        }
        Mention last = null;
        Mention lastWithNoun = null;
        for (Mention p : parties) {
            if (p.end() <= tokens.get(t).begin()) {
                last = p;
                if (tokens.get(p.endToken() - 1).text().toLowerCase(Locale.ROOT).endsWith("-" + noun)) {
                    lastWithNoun = p;
                }
            }
        }
        Mention party = lastWithNoun != null ? lastWithNoun : last;
        // the mention stands where the text points ("het congres"), so that what follows it is read from there
        return party == null ? null : new Mention(tokens.get(t - 1).begin(), tokens.get(t).end(), party.actor(), party.type(),
                MentionForm.ROLE, t - 1, t + 1);
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
}
