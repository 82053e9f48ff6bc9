package nl.binnenhof.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.binnenhof.actors.ActorLayers;
import nl.binnenhof.actors.Mention;
import nl.binnenhof.text.Annotator;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Layer;
import nl.binnenhof.text.Sentence;
import nl.binnenhof.text.TextLayers;

/**
 * Finds indirect speech in sentences without quotation marks: "Volgens Rutte is er geen sprake van …"
 * (the speaker after "volgens") and "Rutte zei dat …" (a speaker, a cue verb, then "dat"). The reported
 * clause is the rest of the sentence.
 */
public final class IndirectQuoteFinder implements Annotator {
    private static final int MAX_GAP = 3;
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
        return Set.of(QuoteLayers.INDIRECT_QUOTES);
    }

    @Override
    public void annotate(Document doc) {
        ArticleContext ctx = new ArticleContext(doc);
        List<Quote> found = new ArrayList<>();
        for (Sentence s : ctx.sentences) {
            if (hasQuotation(ctx, s)) {
                continue;
            }
            Quote q = volgens(ctx, s);
            if (q == null) {
                q = saidThat(ctx, s);
            }
            if (q != null) {
                found.add(q);
            }
        }
        doc.add(QuoteLayers.INDIRECT_QUOTES, found);
    }

    private static boolean hasQuotation(ArticleContext ctx, Sentence s) {
        return ctx.anyQuotationIn(s.begin(), s.end());
    }

    private Quote volgens(ArticleContext ctx, Sentence s) {
        List<Mention> in = ctx.speakersIn(s.begin(), s.end());
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            if (!ctx.lower(t).equals("volgens")) {
                continue;
            }
            for (Mention m : in) {
                if (m.firstToken() == t + 1 || (m.firstToken() == t + 2 && ctx.lower(t + 1).matches("de|het"))) {
                    int cue = ctx.tokens.get(t).begin();
                    int from = m.end() < s.end() ? ctx.tokens.get(m.endToken()).begin() : s.begin();
                    return quote(ctx, s, m, "volgens", cue, t == s.firstToken() ? from : s.begin());
                }
            }
        }
        return null;
    }

    private Quote saidThat(ArticleContext ctx, Sentence s) {
        for (Mention m : ctx.speakersIn(s.begin(), s.end())) {
            int t = m.endToken();
            if (t < s.endToken() && words.cueVerbs.contains(ctx.lower(t))) {
                for (int k = t + 1; k < Math.min(s.endToken(), t + 1 + MAX_GAP); k++) {
                    if (ctx.lower(k).equals("dat")) {
                        int from = k + 1 < s.endToken() ? ctx.tokens.get(k + 1).begin() : s.end();
                        return quote(ctx, s, m, ctx.tokens.get(t).text(), ctx.tokens.get(t).begin(), from);
                    }
                }
            }
        }
        return null;
    }

    private static Quote quote(ArticleContext ctx, Sentence s, Mention speaker, String cue, int cueBegin, int from) {
        int to = s.end();
        String text = ctx.doc.text().substring(from, to);
        return new Quote(from, to, from, to, text, speaker.actor(), speaker.type(), speaker.begin(), speaker.end(), cue,
                cueBegin, s.begin(), s.end(), Quote.Kind.INDIRECT, cue.equals("volgens") ? "volgens" : "cue verb + dat");
    }
}
