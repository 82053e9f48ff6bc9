package nl.binnenhof.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.binnenhof.actors.ActorLayers;
import nl.binnenhof.actors.ActorType;
import nl.binnenhof.actors.Mention;
import nl.binnenhof.actors.MentionForm;
import nl.binnenhof.text.Annotator;
import nl.binnenhof.text.Block;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Layer;
import nl.binnenhof.text.Quotation;
import nl.binnenhof.text.Sentence;
import nl.binnenhof.text.TextLayers;
import nl.binnenhof.text.Token;

/**
 * Turns the quotation spans that reproduce speech into {@link Quote}s with a speaker. The speaker is
 * looked for, in this order:
 * <ol>
 *   <li>after the quote, behind its verb: "…", zei Van der Burg / "…" twittert BBB-voorvrouw Caroline van
 *       der Plas / "…", aldus Rutte — up to a word such as "tegen" or "aan" that begins someone else; or the
 *       author of the document it stands in ("…", staat in de Miljoenennota);</li>
 *   <li>before it in the same sentence, outside an opening subordinate clause: "Volgens De Jonge zet het CDA
 *       zich er “…”", "…, reageert hij lachend: “…”", or the sentence's subject: "Kaag herhaalde … dat deze
 *       coalitie "…"", "Wybren van Haga schrijft: “…”";</li>
 *   <li>from another quote in the same sentence that has one;</li>
 *   <li>for a headline quote, from the body quote it repeats (most words in common);</li>
 *   <li>from the sentence after, when it points back at the quote and names who said it ("Met die
 *       verwensing van Kamerlid X …", "Dat zei X");</li>
 *   <li>for a quote that stands alone, from the sentence before: the speaker of a quote there, or whom
 *       "volgens" names, or its subject.</li>
 * </ol>
 * Short single-quoted phrases after an article ("het 'document op hoofdlijnen'") and quotations inside
 * quotations are terms, not speech.
 */
public final class QuoteAttributor implements Annotator {
    private static final int MAX_WORDS_AFTER_VERB = 6;
    private static final int MAX_WORDS_BEFORE_COLON = 2;
    private static final int MAX_TERM_WORDS = 4;
    private static final int SENTENCES_BACK = 2;
    private static final double HEADLINE_OVERLAP = 0.3;
    /** Share of a headline quote's stems that a body quote must hold to be the one it repeats. */
    private static final double HEADLINE_CONTAINED = 0.75;
    /** Headline quotes with fewer content words than this are matched by overlap alone. */
    private static final int MIN_HEADLINE_STEMS = 2;

    private final QuoteWords words = new QuoteWords();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.TOKENS, TextLayers.LOWER_CASE, TextLayers.SENTENCES, TextLayers.QUOTATIONS,
                TextLayers.BLOCKS,
                ActorLayers.PERSON_MENTIONS, ActorLayers.REFERENCES, ActorLayers.PARTY_MENTIONS,
                ActorLayers.ORGANISATION_MENTIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(QuoteLayers.QUOTES);
    }

    /** What is known of one quote while its speaker is sought. */
    private static final class Draft {
        final Quotation q;
        final Sentence first;
        final Sentence last;
        final Set<String> words;
        Mention speaker;
        String speakerName;
        String cue;
        int cueBegin = -1;
        String method;

        Draft(Quotation q, Sentence first, Sentence last, String text) {
            this.q = q;
            this.first = first;
            this.last = last;
            this.words = QuoteText.words(text);
        }

        void attribute(Mention m, String cueWord, int cueAt, String how) {
            speaker = m;
            speakerName = m.actor();
            cue = cueWord == null ? null : cueWord.toLowerCase(java.util.Locale.ROOT); // as a cue, not as written
            cueBegin = cueAt;
            method = how;
        }
    }

    @Override
    public void annotate(Document doc) {
        ArticleContext ctx = new ArticleContext(doc);
        List<Draft> drafts = new ArrayList<>();
        for (Quotation q : ctx.quotations) {
            if (isSpeech(ctx, q)) {
                Sentence first = ctx.sentenceAt(q.begin());
                Sentence last = ctx.sentenceAt(Math.max(q.begin(), q.contentEnd() - 1));
                drafts.add(new Draft(q, first, last, doc.text().substring(q.contentBegin(), q.contentEnd())));
            }
        }
        for (Draft d : drafts) {
            if (!after(ctx, d)) {
                before(ctx, d);
                if ("subject".equals(d.method) && d.cue == null) {
                    pointedBackAt(ctx, d); // "… maar wel “…”. Dat zei Plasterk": stronger than a subject without a verb of saying
                }
            }
        }
        shareWithinSentence(drafts);
        Map<Integer, Draft> attributed = attributedBySentence(drafts);
        List<Draft> headlines = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.method != null || d.speakerName != null) {
                continue;
            }
            if (isHeadline(ctx, d)) {
                headlines.add(d);
            } else if (!pointedBackAt(ctx, d)) {
                fromContext(ctx, d, attributed);
                if (d.speakerName != null && d.last != null) {
                    attributed.putIfAbsent(d.last.index(), d);
                }
            }
        }
        // last, when the body quotes a headline repeats have their speakers, those from context too
        headlines.forEach(d -> fromRepeatedQuote(d, drafts));
        List<Quote> quotes = new ArrayList<>();
        for (Draft d : drafts) {
            quotes.add(toQuote(ctx, d));
        }
        doc.add(QuoteLayers.QUOTES, quotes);
    }

    private boolean isSpeech(ArticleContext ctx, Quotation q) {
        if (q.nested()) {
            return false;
        }
        int from = ctx.tokenAtOrAfter(q.contentBegin());
        int wordCount = 0;
        boolean allCapitalized = true;
        for (int t = from; t < ctx.tokens.size() && ctx.tokens.get(t).end() <= q.contentEnd(); t++) {
            Token token = ctx.tokens.get(t);
            if (token.isWord()) {
                wordCount++;
                allCapitalized &= token.isCapitalized();
            }
        }
        if (wordCount <= 1 || (allCapitalized && wordCount <= 3 && !startsSentence(ctx, q))) {
            return false; // one word ("misser", "met-de-benen-op-tafelsessies"), a name or a title
        }
        int before = ctx.tokenAtOrAfter(q.begin()) - 1;
        boolean afterDeterminer = before >= 0 && words.termDeterminers.contains(ctx.lower(before))
                && ctx.tokens.get(before).end() < q.begin();
        return !(q.style() == Quotation.Style.SINGLE && wordCount <= MAX_TERM_WORDS && afterDeterminer);
    }

    private static boolean startsSentence(ArticleContext ctx, Quotation q) {
        Sentence s = ctx.sentenceAt(q.begin());
        return s != null && s.begin() >= q.begin();
    }

    /** "…", zei hij / "…" twittert X / "…", aldus X. */
    private boolean after(ArticleContext ctx, Draft d) {
        int t = ctx.tokenAtOrAfter(d.q.end());
        if (t < ctx.tokens.size() && ctx.tokens.get(t).is(",")) {
            t++;
        }
        if (t >= ctx.tokens.size() || d.last == null || t >= d.last.endToken()) {
            return false;
        }
        Token verb = ctx.tokens.get(t);
        if (ctx.lower(t).equals("volgens")) {
            return volgensAfter(ctx, d, t); // "… ‘…’, volgens beoogd premier Mark Rutte."
        }
        if (!verb.isWord() || verb.isCapitalized() || words.speakerBarriers.contains(ctx.lower(t))) {
            return false;
        }
        if (ctx.lower(t).equals("staat") || ctx.lower(t).equals("stond")) {
            return documentAfter(ctx, d, t); // "…", staat in de Miljoenennota
        }
        for (int k = t + 1; k < Math.min(d.last.endToken(), t + 1 + MAX_WORDS_AFTER_VERB); k++) {
            Token token = ctx.tokens.get(k);
            Mention m = ctx.speakerStartingAt(k); // first: "zegt Van der Steur" begins with a barrier word
            if (m != null && !ctx.insideQuotation(token.begin())) {
                d.attribute(m, verb.text(), verb.begin(), "after quote");
                return true;
            }
            if (words.speakerBarriers.contains(ctx.lower(k)) || ctx.insideQuotation(token.begin())
                    || token.is(",") || token.is(".")) {
                return false;
            }
            if (words.pronouns.contains(ctx.lower(k))) {
                // "…", zei ze — but who "ze" is cannot be told: better no speaker than a wrong one
                d.cue = ctx.lower(t);
                d.cueBegin = verb.begin();
                d.method = "after quote: unresolved pronoun";
                return true;
            }
        }
        return false;
    }

    /**
     * "“…”, staat in de Miljoenennota" / "staat in het verkiezingsprogramma van de VVD": a quote from a document
     * is its author's, named after "van" or known for the document ({@code documents.tsv}: the Miljoenennota is
     * the cabinet's). Without one the other rules decide ("staat er ook": the document quoted before).
     */
    private boolean documentAfter(ArticleContext ctx, Draft d, int verb) {
        int t = verb + 1;
        if (t >= d.last.endToken() || !ctx.lower(t).equals("in")) {
            return false;
        }
        t++;
        if (t < d.last.endToken() && words.termDeterminers.contains(ctx.lower(t))) {
            t++;
        }
        if (t >= d.last.endToken() || !ctx.tokens.get(t).isWord()) {
            return false;
        }
        int document = t;
        Mention author = null;
        if (document + 1 < d.last.endToken() && ctx.lower(document + 1).equals("van")) {
            for (int k = document + 2; k < Math.min(d.last.endToken(), document + 5) && author == null; k++) {
                author = ctx.speakerStartingAt(k);
            }
        }
        String known = words.documentAuthors.get(ctx.lower(document));
        if (author == null && known != null) {
            Token noun = ctx.tokens.get(document);
            author = new Mention(noun.begin(), noun.end(), known, ActorType.ORGANISATION, MentionForm.NAME, document, document + 1);
        }
        if (author != null) {
            d.attribute(author, ctx.tokens.get(verb).text(), ctx.tokens.get(verb).begin(), "document");
        }
        return author != null;
    }

    /** The speaker "volgens" names right after a quote, within a few words (role nouns may come first). */
    private boolean volgensAfter(ArticleContext ctx, Draft d, int volgens) {
        for (int k = volgens + 1; k < Math.min(d.last.endToken(), volgens + 1 + MAX_WORDS_AFTER_VERB); k++) {
            if (ctx.tokens.get(k).is(",") || ctx.tokens.get(k).is(".")) {
                return false;
            }
            Mention m = ctx.speakerStartingAt(k);
            if (m != null) {
                d.attribute(m, ctx.tokens.get(volgens).text(), ctx.tokens.get(volgens).begin(), "volgens");
                return true;
            }
        }
        return false;
    }

    /** "Volgens X … “…”" or the subject of the sentence: "X zei dat … “…”", "X: “…”". */
    private void before(ArticleContext ctx, Draft d) {
        if (d.first == null) {
            return;
        }
        // "Als Kamervoorzitter Bergkamp hem verzoekt …, reageert hij: “…”": the opening subordinate clause has other actors
        List<Mention> frame = mainClauseOnly(ctx, d.first, ctx.speakersIn(d.first.begin(), d.q.begin()));
        for (int t = d.first.firstToken(); t < d.first.endToken() && ctx.tokens.get(t).end() <= d.q.begin(); t++) {
            if (ctx.lower(t).equals("volgens") && !ctx.insideQuotation(ctx.tokens.get(t).begin())) {
                for (Mention m : frame) {
                    if (m.firstToken() > t && m.firstToken() <= t + 4) {
                        d.attribute(m, ctx.tokens.get(t).text(), ctx.tokens.get(t).begin(), "volgens");
                        return;
                    }
                }
            }
        }
        Mention subject = invertedBeforeColon(ctx, frame, d.q.begin());
        if (subject == null) {
            subject = speakerOfCue(ctx, frame);
        }
        if (subject == null) {
            subject = firstSubject(ctx, frame);
        }
        if (subject != null) {
            int cueAt = cueAfter(ctx, subject, d.q.begin());
            d.attribute(subject, cueAt >= 0 ? ctx.tokens.get(cueAt).text() : null,
                    cueAt >= 0 ? ctx.tokens.get(cueAt).begin() : -1, "subject");
        }
    }

    /**
     * "…, reageert hij lachend: “…”": a verb of saying, its subject after it and a colon right before the quote
     * (at most {@link #MAX_WORDS_BEFORE_COLON} words between the subject and the colon).
     */
    private Mention invertedBeforeColon(ArticleContext ctx, List<Mention> frame, int quoteBegin) {
        int colon = ctx.tokenAtOrAfter(quoteBegin) - 1;
        if (frame.isEmpty() || colon < 0 || !ctx.tokens.get(colon).is(":")) {
            return null;
        }
        Mention m = frame.get(frame.size() - 1);
        boolean inverted = m.firstToken() > 0 && words.cueVerbs.contains(ctx.lower(m.firstToken() - 1));
        return inverted && colon - m.endToken() <= MAX_WORDS_BEFORE_COLON ? m : null;
    }

    /** "Beatrix heeft … ontslag verleend, en Mark Rutte zegt '…'": the one right before a verb of saying. */
    private Mention speakerOfCue(ArticleContext ctx, List<Mention> frame) {
        for (int i = frame.size() - 1; i >= 0; i--) {
            Mention m = frame.get(i);
            // a name right before a verb of saying is its subject, also after "en"; not after "van", "met", "over"
            boolean governed = afterPreposition(ctx, m) && !(m.firstToken() > 0 && ctx.lower(m.firstToken() - 1).equals("en"));
            if (m.endToken() < ctx.tokens.size() && words.cueVerbs.contains(ctx.lower(m.endToken()))
                    && !governed && !inParentheses(ctx, m)) {
                return m;
            }

        }
        return null;
    }

    /**
     * The first person in the frame who is not the object of a preposition; a party or organisation
     * only when no person is there ("Een vraag over de PVV noemde hij …" is his answer).
     */
    private Mention firstSubject(ArticleContext ctx, List<Mention> frame) {
        Mention other = null;
        for (Mention m : frame) {
            if (afterPreposition(ctx, m) || inParentheses(ctx, m)) {
                continue;
            }
            if (m.type() == ActorType.PERSON) {
                return m;
            }
            if (other == null) {
                other = m;
            }
        }
        return other;
    }

    /** "DEN HAAG (ANP) -", "Rutte (VVD)": a name between parentheses describes or credits, it does not speak. */
    private static boolean inParentheses(ArticleContext ctx, Mention m) {
        int before = m.firstToken() - 1;
        int after = m.endToken();
        return before >= 0 && after < ctx.tokens.size() && ctx.tokens.get(before).is("(") && ctx.tokens.get(after).is(")");
    }

    /** "met Rutte", "met de PVV", "tegen het kabinet": the mention is governed by a preposition. */
    private boolean afterPreposition(ArticleContext ctx, Mention m) {
        int before = m.firstToken() - 1;
        // "van de NSC-leider Pieter Omtzigt": determiners and a party's role word before the name
        for (int skipped = 0; before >= 0 && skipped < 2; skipped++) {
            int described = ctx.descriptionStart(before);
            if (described >= 0 && !(described > 0 && ctx.lower(described - 1).equals("en"))) {
                before = described - 1; // but "Premier en VVD-leider Mark Rutte" is one description
            } else if (words.termDeterminers.contains(ctx.lower(before))) {
                before--;
            } else {
                break;
            }
        }
        return before >= 0 && words.speakerBarriers.contains(ctx.lower(before)) && !ctx.lower(before).equals("volgens");
    }

    private int cueAfter(ArticleContext ctx, Mention m, int limit) {
        for (int t = m.endToken(); t < ctx.tokens.size() && ctx.tokens.get(t).end() <= limit; t++) {
            if (words.cueVerbs.contains(ctx.lower(t))) {
                return t;
            }
        }
        return -1;
    }

    private static void shareWithinSentence(List<Draft> drafts) {
        Map<Sentence, Draft> named = new HashMap<>();
        for (Draft d : drafts) {
            if (d.speakerName != null && d.first != null) {
                named.putIfAbsent(d.first, d);
            }
        }
        for (Draft d : drafts) {
            Draft other = d.first == null ? null : named.get(d.first);
            if (d.speakerName == null && d.method == null && other != null) {
                d.speaker = other.speaker;
                d.speakerName = other.speakerName;
                d.cue = other.cue;
                d.cueBegin = other.cueBegin;
                d.method = "same sentence";
            }
        }
    }

    private static boolean isHeadline(ArticleContext ctx, Draft d) {
        if (d.first == null) {
            return false;
        }
        Block block = ctx.blockOf(d.first);
        return block.kind() == Block.Kind.HEADING && d.q.length() * 10 >= block.length() * 8;
    }

    /**
     * A headline quote repeats (part of) a quote in the body: it has that quote's speaker, or none. The body
     * quote may say more ("Op daden beoordelen" above "De regering zal op haar daden beoordeeld worden. …"), so
     * what counts is how much of the headline it holds, its words compared by their stems; the word overlap of
     * the two serves where the headline is too short to tell.
     */
    private static void fromRepeatedQuote(Draft d, List<Draft> drafts) {
        Draft best = mostContaining(d, drafts);
        if (best == null) {
            double bestDice = HEADLINE_OVERLAP;
            for (Draft other : drafts) {
                if (other == d || other.speakerName == null) {
                    continue;
                }
                Set<String> common = new HashSet<>(d.words);
                common.retainAll(other.words);
                double dice = 2.0 * common.size() / (d.words.size() + other.words.size());
                if (dice >= bestDice) {
                    bestDice = dice;
                    best = other;
                }
            }
        }
        if (best != null) {
            d.speaker = best.speaker;
            d.speakerName = best.speakerName;
            d.method = "headline repeats body quote";
        }
    }

    /** The first attributed quote that holds the largest share of the headline's stems, at least {@link #HEADLINE_CONTAINED}. */
    private static Draft mostContaining(Draft d, List<Draft> drafts) {
        List<String> stems = QuoteText.stems(d.words);
        if (stems.size() < MIN_HEADLINE_STEMS) {
            return null;
        }
        Draft best = null;
        double bestShare = HEADLINE_CONTAINED;
        for (Draft other : drafts) {
            if (other == d || other.speakerName == null) {
                continue;
            }
            double share = QuoteText.containedShare(stems, other.words);
            if (share >= bestShare && (best == null || share > bestShare)) {
                bestShare = share;
                best = other;
            }
        }
        return best;
    }

    private static Map<Integer, Draft> attributedBySentence(List<Draft> drafts) {
        Map<Integer, Draft> bySentence = new HashMap<>();
        for (Draft other : drafts) {
            if (other.speakerName != null && other.last != null) {
                bySentence.putIfAbsent(other.last.index(), other);
            }
        }
        return bySentence;
    }

    /**
     * "“…” Met die verwensing van Kamerlid X begon …", "“…” Dat zei X later": the sentence after a quote that
     * ends its own opens by pointing back at it (a demonstrative, after at most a preposition) and names who said
     * it, after "van" or right after a verb.
     */
    private boolean pointedBackAt(ArticleContext ctx, Draft d) {
        if (d.last == null || d.last.index() + 1 >= ctx.sentences.size() || ctx.tokenAtOrAfter(d.q.end()) < d.last.endToken() - 1) {
            return false;
        }
        Sentence next = ctx.sentences.get(d.last.index() + 1);
        if (ctx.blockOf(next) != ctx.blockOf(d.last)) {
            return false;
        }
        int t = next.firstToken();
        if (t < next.endToken() && words.speakerBarriers.contains(ctx.lower(t)) && !words.pointers.contains(ctx.lower(t))) {
            t++; // "Met die woorden"
        }
        if (t + 1 >= next.endToken() || !words.pointers.contains(ctx.lower(t))) {
            return false;
        }
        // "Dat zei X": the verb right after the pointer; "die verwensing van X", "die woorden sprak X": after its noun
        int from = words.cueVerbs.contains(ctx.lower(t + 1)) ? t + 2 : t + 3;
        if (from - 1 >= next.endToken() || !ctx.tokens.get(from - 1).isWord()) {
            return false;
        }
        for (int k = from; k < Math.min(next.endToken(), from + MAX_WORDS_AFTER_VERB); k++) {
            Mention m = ctx.speakerStartingAt(k);
            if (m != null) {
                d.attribute(m, null, -1, "context: sentence after points back");
                return true;
            }
            if (!ctx.tokens.get(k).isWord() || words.speakerBarriers.contains(ctx.lower(k)) && !ctx.lower(k).equals("van")) {
                return false;
            }
        }
        return false;
    }

    /** A quote standing alone takes its speaker from the sentence before. */
    private void fromContext(ArticleContext ctx, Draft d, Map<Integer, Draft> attributedBySentence) {
        if (d.first == null) {
            return;
        }
        for (int s = d.first.index() - 1; s >= Math.max(0, d.first.index() - SENTENCES_BACK); s--) {
            Sentence prev = ctx.sentences.get(s);
            if (ctx.blockOf(prev).kind() == Block.Kind.HEADING) {
                return;
            }
            Draft quoted = attributedBySentence.get(s);
            if (quoted != null) {
                d.speaker = quoted.speaker;
                d.speakerName = quoted.speakerName;
                d.method = "context: quote before";
                return;
            }
            Mention subject = subjectOf(ctx, prev);
            if (subject != null) {
                d.attribute(subject, null, -1, "context: sentence before");
                return;
            }
        }
    }

    private Mention subjectOf(ArticleContext ctx, Sentence s) {
        List<Mention> in = mainClauseOnly(ctx, s, ctx.speakersIn(s.begin(), s.end()));
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            if (ctx.lower(t).equals("volgens")) {
                for (Mention m : in) {
                    if (m.firstToken() > t && m.firstToken() <= t + 4) {
                        return m;
                    }
                }
            }
        }
        return firstSubject(ctx, in);
    }

    /**
     * The mentions outside subordinate clauses: a clause that opens the sentence ("Nadat X opstapte, …") runs to
     * the next comma, one later in the sentence ("Dat gebeurde nadat X opstapte") to its end.
     */
    private List<Mention> mainClauseOnly(ArticleContext ctx, Sentence s, List<Mention> in) {
        boolean[] subordinate = new boolean[s.endToken() - s.firstToken()];
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            if (!words.subordinators.contains(ctx.lower(t)) || ctx.insideQuotation(ctx.tokens.get(t).begin())) {
                continue;
            }
            boolean opens = t == s.firstToken();
            int u = t;
            while (u < s.endToken() && !(opens && ctx.tokens.get(u).is(","))) {
                subordinate[u - s.firstToken()] = true;
                u++;
            }
            t = u;
        }
        List<Mention> main = new ArrayList<>();
        for (Mention m : in) {
            int at = m.firstToken() - s.firstToken();
            if (at < 0 || at >= subordinate.length || !subordinate[at]) {
                main.add(m);
            }
        }
        return main;
    }

    private static Quote toQuote(ArticleContext ctx, Draft d) {
        String text = ctx.doc.text().substring(d.q.contentBegin(), d.q.contentEnd());
        int sentenceBegin = d.first != null ? Math.min(d.first.begin(), d.q.begin()) : d.q.begin();
        int sentenceEnd = d.last != null ? Math.max(d.last.end(), d.q.end()) : d.q.end();
        Mention m = d.speaker;
        boolean named = m != null && d.method != null && !d.method.startsWith("context") && !d.method.startsWith("headline")
                && !d.method.equals("same sentence");
        return new Quote(d.q.begin(), d.q.end(), d.q.contentBegin(), d.q.contentEnd(), text, d.speakerName,
                m != null ? m.type() : null, named ? m.begin() : -1, named ? m.end() : -1, d.cue, d.cueBegin,
                sentenceBegin, sentenceEnd, kindOf(ctx, d), d.method);
    }

    private static Quote.Kind kindOf(ArticleContext ctx, Draft d) {
        if (d.first == null || d.first.begin() >= d.q.begin()) {
            return Quote.Kind.DIRECT;
        }
        int t = ctx.tokenAtOrAfter(d.q.begin()) - 1;
        return t >= 0 && ctx.tokens.get(t).is(":") ? Quote.Kind.DIRECT : Quote.Kind.MIXED;
    }
}
