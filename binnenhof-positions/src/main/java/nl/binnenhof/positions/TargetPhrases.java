package nl.binnenhof.positions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.binnenhof.text.Sentence;
import nl.binnenhof.text.Token;

/**
 * What a stance is about: tests that a target phrase names something and is no plan of one's own ("wil
 * zich beraden"), the target of a relative clause, the text of a target without negations and quote
 * marks, and what a target that only points back ("dit voorstel", "dat") stands for.
 */
final class TargetPhrases extends ArticleView {
    private static final Set<String> NOUN_PHRASE_STARTS = Set.of("de", "het", "deze", "die", "dit");
    private static final int SENTENCES_BACK_FOR_ANAPHORA = 3;
    /** How many words after its head noun a proposal named earlier may take ("van Jetten voor een avondklok"). */
    private static final int MAX_PROPOSAL_TAIL = 7;
    /** Prepositions that go on naming a proposal: "de motie van Jetten", "het plan voor een avondklok". */
    private static final Set<String> PREPOSITIONS_IN_NAMES = Set.of("van", "voor", "over", "tegen", "om", "op");
    /** Prepositions that open an adverbial between "wil" and its object: "wil in die hoedanigheid de gesprekken …". */
    private static final Set<String> ADVERBIAL_PREPOSITIONS = Set.of("in", "met", "op", "na", "bij", "tijdens", "vanaf", "namens");
    /** How many words an adverbial between "wil" and its object may take. */
    private static final int MAX_ADVERBIAL = 4;

    /** The stances found so far in the article, read to resolve a target that points back. */
    private final List<Position> found;

    TargetPhrases(ArticleView article, List<Position> found) {
        super(article);
        this.found = found;
    }

    /** After "wil": a noun phrase or a "dat" clause, and no verb of saying or of one's own steps. */
    boolean isStanceOfModal(int[] target) {
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
    int[] withoutAdverbial(int[] target) {
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
    boolean namesSomething(int[] target) {
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

    /** The first or the last word of the target is a verb of saying: "wilde niet ingaan op …". */
    boolean endsInNonStanceVerb(int[] target) {
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
    String relativeText(CueHit hit, int[] target, Sentence s) {
        String noun = targetText(new int[] {target[0], hit.firstBegin()}, s);
        int after = hit.end();
        if (after < s.endToken() && Character.isLowerCase(tokens.get(after).text().charAt(0))) {
            after++;
        }
        String rest = after < target[1] ? targetText(new int[] {after, target[1]}, s) : "";
        return (noun + " " + rest).strip();
    }

    /** "de beperking die de VVD wil stellen aan het recht op gezinshereniging". */
    int[] relativeTarget(CueHit hit, Sentence s) {
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

    String targetText(int[] span, Sentence s) {
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
            if (NEGATIONS.contains(lower(t)) || quoteMark(t)) {
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

    /**
     * "als het aan de VVD ligt, gaat dat niet gebeuren": a target that is "dat" or "dit" with a verb or two and
     * nothing else says nothing itself; it stands for what was said before.
     */
    boolean onlyPointsBack(int[] target) {
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
     * The last proposal named before {@code at}, in this sentence or the one before it in the same
     * paragraph: a determiner, a head noun of anaphoric-targets.txt ("motie", "wetsvoorstel") and what
     * a preposition adds ("van Jetten", "voor een avondklok"), up to the next verb. Null when there is none.
     */
    int[] proposalBefore(int at, Sentence s) {
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

    /**
     * What the sentence before said, when it stands in the same paragraph: its main clause, which follows its
     * last comma ("Als de partijen er niet uit komen, kunnen de gesprekken volgende week doorgaan"); or null.
     */
    int[] statementBefore(Sentence s) {
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

    /**
     * The items of a target that lists things, each a stance of its own: "het eerder stoppen met de gaswinning
     * en het extra geld voor jeugdhulp", "een grondwettelijk hof, een nieuw kiesstelsel en minder voorlichters".
     * A list shows itself by a determiner after its "en" or after a comma before its "en", one that opens no
     * actor's name ("de samenwerking met de VVD en de PVV" is one thing); its commas and its last "en" part the
     * items. Items without determiners ("beter onderwijs, meer werk en lagere lasten") stay one target.
     */
    List<int[]> listItems(int[] target) {
        int lastEn = -1;
        for (int t = target[1] - 2; t > target[0] && lastEn < 0; t--) {
            if (lower(t).equals("en") && startingAt[t + 1] == null && startingAt[t + 2] == null) {
                lastEn = t;
            }
        }
        boolean list = false;
        for (int t = target[0] + 1; t <= lastEn; t++) {
            list |= (tokens.get(t).is(",") || lower(t).equals("en")) && opensListItem(t + 1);
        }
        if (!list) {
            return List.of(target);
        }
        List<int[]> items = new ArrayList<>();
        int from = target[0];
        for (int t = target[0] + 1; t <= lastEn; t++) {
            boolean comma = tokens.get(t).is(",") && startingAt[t + 1] == null;
            boolean en = lower(t).equals("en") && (t == lastEn || opensListItem(t + 1));
            if ((comma || en) && t > from) {
                items.add(new int[] {from, t});
                from = t + 1;
            }
        }
        items.add(new int[] {from, target[1]});
        for (int[] item : items) {
            if (contentWords(item) < 2) {
                return List.of(target); // "de motie en de amendementen van de SP": not a list of things said apart
            }
        }
        return items;
    }
}
