package nl.binnenhof.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.binnenhof.actors.ActorLayers;
import nl.binnenhof.actors.ActorType;
import nl.binnenhof.actors.Mention;
import nl.binnenhof.actors.MentionForm;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Quotation;
import nl.binnenhof.text.Sentence;
import nl.binnenhof.text.Spans;
import nl.binnenhof.text.TextLayers;
import nl.binnenhof.text.Token;

/**
 * One article as the stance frames read it: its tokens in lower case, which of them stand inside a
 * quotation, which actor mention starts or ends at each token, and the small moves over tokens that every
 * frame makes (skip adverbs, a parenthesis, a party affiliation; find a word in the clause; the phrase up
 * to the end of the clause). Read-only once built; the readers of actors, targets and judgements share it.
 */
abstract class ArticleView {
    static final Set<String> NEGATIONS = StanceLexicon.NEGATIONS;
    static final Set<String> DETERMINERS = Set.of("dit", "dat", "die", "deze", "het", "de", "beide", "een");
    /** Words that may stand before a clause-opening cue: "Maar als het aan de VVD ligt, …". */
    private static final Set<String> SENTENCE_JOINERS = Set.of("maar", "en", "ook", "want", "dus", "toch");
    static final int MAX_TARGET_TOKENS = 14;
    /** Determiners that open an item of a list of things ("… en het hervormen van de overheid"). */
    static final Set<String> LIST_DETERMINERS = Set.of("de", "het", "een");

    final StanceLexicon lexicon;
    final List<Token> tokens;
    final List<Quotation> quotations;
    final String[] lowered;
    final boolean[] inQuotation;
    /** Which tokens open or close a quotation (read per token by every frame, so marked once). */
    final boolean[] quoteMarkAt;
    final List<Sentence> sentences;
    /** The first mention that starts at each token, and the first that ends before it (arrays: read per token). */
    final Mention[] startingAt;
    final Mention[] endingAt;
    /** The party mentions that are actors of their own, not the party word of a person ("CDA-minister"). */
    final List<Mention> parties;

    ArticleView(Document doc, StanceLexicon lexicon) {
        this.lexicon = lexicon;
        this.tokens = doc.get(TextLayers.TOKENS);
        this.quotations = doc.get(TextLayers.QUOTATIONS);
        this.sentences = doc.get(TextLayers.SENTENCES);
        this.lowered = doc.get(TextLayers.LOWER_CASE).toArray(String[]::new);
        this.inQuotation = new boolean[tokens.size()];
        this.quoteMarkAt = new boolean[tokens.size()];
        this.startingAt = new Mention[tokens.size() + 1];
        this.endingAt = new Mention[tokens.size() + 1];
        this.parties = new ArrayList<>();
        for (Quotation q : quotations) {
            for (int t = firstTokenAt(q.contentBegin()); t < tokens.size() && tokens.get(t).begin() < q.contentEnd(); t++) {
                inQuotation[t] = true;
            }
            markQuoteMark(q.begin());
            markQuoteMark(q.contentEnd());
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

    private void markQuoteMark(int offset) {
        int t = firstTokenAt(offset);
        if (t < tokens.size() && tokens.get(t).begin() == offset) {
            quoteMarkAt[t] = true;
        }
    }

    /** The same article, shared with another reader of it. */
    ArticleView(ArticleView other) {
        this.lexicon = other.lexicon;
        this.tokens = other.tokens;
        this.quotations = other.quotations;
        this.lowered = other.lowered;
        this.inQuotation = other.inQuotation;
        this.quoteMarkAt = other.quoteMarkAt;
        this.sentences = other.sentences;
        this.startingAt = other.startingAt;
        this.endingAt = other.endingAt;
        this.parties = other.parties;
    }

    String lower(int t) {
        return lowered[t];
    }

    boolean quoted(int t) {
        return inQuotation[t];
    }

    int firstTokenAt(int offset) {
        return Spans.firstAtOrAfter(tokens, offset);
    }

    Sentence sentenceOf(int offset) {
        int i = Spans.lastAtOrBefore(sentences, offset);
        return i >= 0 ? sentences.get(i) : null;
    }

    /** "CDA-minister Hugo de Jonge": the party describes the person, it is not an actor of its own. */
    boolean describesPerson(Mention party, List<Mention> persons) {
        for (Mention p : persons) {
            if (p.firstToken() >= party.firstToken() && p.firstToken() <= party.endToken()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words from {@code t} end a list of things: "…, lagere energierekeningen en het hervormen van
     * de overheid" — an "en" before a determiner that opens no actor's name, with no other punctuation or
     * clause break before it.
     */
    private boolean listEndsAhead(int t, int end) {
        // ", een nieuw kiesstelsel en minder voorlichters": after a determiner any "en" ends the list
        boolean itemOpens = t + 1 < end && opensListItem(t);
        for (int u = t; u + 2 < end && u < t + MAX_TARGET_TOKENS; u++) {
            String w = lower(u);
            if (w.equals("en")) {
                return opensListItem(u + 1) || itemOpens && startingAt[u + 1] == null;
            }
            if ((tokens.get(u).kind() == Token.Kind.PUNCT && !tokens.get(u).is(",")) || lexicon.clauseBreaks.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a determiner at {@code t} opens an item of a list of things, not an actor's name ("en de PVV"). */
    boolean opensListItem(int t) {
        return t + 1 < tokens.size() && LIST_DETERMINERS.contains(lower(t)) && startingAt[t] == null && startingAt[t + 1] == null;
    }

    /** Whether "te" and a verb stand in {@code from..to-1}: the phrase has its own infinitive already. */
    private boolean hasInfinitive(int from, int to) {
        for (int t = from; t + 1 < to; t++) {
            if (lower(t).equals("te") && tokens.get(t + 1).isWord()) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code t} is the opening or closing mark of a quotation. */
    boolean quoteMark(int t) {
        return quoteMarkAt[t];
    }

    int find(String word, int from, Sentence s) {
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

    int findBack(String word, int from, Sentence s) {
        for (int t = from - 1; t >= s.firstToken(); t--) {
            if (lower(t).equals(word)) {
                return t;
            }
        }
        return -1;
    }

    boolean contains(int from, int to, String word) {
        for (int t = from; t < to; t++) {
            if (lower(t).equals(word)) {
                return true;
            }
        }
        return false;
    }

    boolean hasActor(int[] target) {
        for (int t = target[0]; t < target[1]; t++) {
            if (startingAt[t] != null) {
                return true;
            }
        }
        return false;
    }

    /** The token after a parenthesis that opens at {@code t} ("Schippers (Volksgezondheid) om …"), else t. */
    int skipParenthesis(int t, Sentence s) {
        return skipParenthesis(t, s.endToken());
    }

    int skipParenthesis(int t, int limit) {
        if (t >= limit || !tokens.get(t).is("(")) {
            return t;
        }
        while (t < limit && !tokens.get(t).is(")")) {
            t++;
        }
        return Math.min(t + 1, limit);
    }

    /** The token after "van de ChristenUnie" that follows a name at {@code t}, else t. */
    int skipAffiliation(int t, int limit) {
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
    int skipDescriptors(int from, Sentence s) {
        int t = from;
        while (t < s.endToken() && t < from + 2 && startingAt[t] == null && lower(t).contains("partij")) {
            t++;
        }
        return t;
    }

    /** The first token from {@code t} that is no adverb ("ook", "onder meer"), negation or quote mark (which may stand inside a cue). */
    int skipFillers(int t, int limit) {
        return skipFillers(t, limit, null);
    }

    /** As {@link #skipFillers(int, int)}, stopping early at {@code stop}, a cue's next word. */
    int skipFillers(int t, int limit, String stop) {
        while (t < limit && !lower(t).equals(stop)) {
            if (t + 1 < limit && lexicon.isAdverbPair(lower(t), lower(t + 1))) {
                t += 2;
            } else if (isFiller(lower(t)) || quoteMark(t)) {
                t++;
            } else {
                break;
            }
        }
        return t;
    }

    boolean isFiller(String word) {
        return lexicon.isFiller(word);
    }

    /** The last token before {@code at} that is no adverb or negation, or the sentence's first token. */
    int skipFillersBack(int at, Sentence s) {
        int t = at - 1;
        while (t > s.firstToken() && isFiller(lower(t))) {
            t--;
        }
        return t;
    }

    int skipLeadingWords(int from, int limit) {
        int t = from;
        while (t < limit && (lexicon.adverbs.contains(lower(t)) || lower(t).equals("maar") || lower(t).equals("en"))) {
            t++;
        }
        return t;
    }

    /** Whether a cue at {@code t} opens its sentence, after at most a comma or one joining word ("Maar als …"). */
    boolean opensClause(int t, Sentence s) {
        return t == s.firstToken() || (t - 1 == s.firstToken() && SENTENCE_JOINERS.contains(lower(t - 1)))
                || tokens.get(t - 1).is(",");
    }

    static Mention last(List<Mention> ms) {
        return ms.get(ms.size() - 1);
    }

    /** The tokens from {@code from} to the end of the clause. */
    int[] phrase(int from, Sentence s) {
        int t = from;
        int limit = Math.min(s.endToken(), from + MAX_TARGET_TOKENS);
        while (t < limit) {
            Token token = tokens.get(t);
            String w = lower(t);
            boolean listGoesOn = token.is(",") && t + 1 < s.endToken()
                    && (startingAt[t + 1] != null || listEndsAhead(t + 1, s.endToken()));
            if (token.kind() == Token.Kind.PUNCT && !token.is("-") && !token.is("'") && !quoteMark(t)
                    && !listGoesOn) {
                break; // but "een coalitie van VVD, D66, CDA en ChristenUnie" goes on
            }
            if (t > from && lexicon.clauseBreaks.contains(w) && !quoted(t)) { // a quoted fragment is one piece of the target
                break;
            }
            if (w.equals("en") && t + 1 < s.endToken() && lexicon.verbsAfterEn.contains(lower(t + 1))) {
                break;
            }
            if (w.equals("om") && hasInfinitive(from, t)) {
                break; // "compromissen te sluiten om zoveel mogelijk doelen te behalen": what for, not what
            }
            t++;
        }
        return new int[] {from, t};
    }

    boolean negatedBetween(int from, int to) {
        for (int t = from; t < to; t++) {
            if (NEGATIONS.contains(lower(t))) {
                return true;
            }
        }
        return false;
    }
}
