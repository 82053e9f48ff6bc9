package nl.binnenhof.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import nl.binnenhof.actors.ActorLayers;
import nl.binnenhof.actors.Mention;
import nl.binnenhof.actors.MentionForm;
import nl.binnenhof.text.Block;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Quotation;
import nl.binnenhof.text.Sentence;
import nl.binnenhof.text.TextLayers;
import nl.binnenhof.text.Token;

/**
 * The layers of one article as the quote stage looks at them: tokens, sentences, quotations and every
 * mention that can name a speaker (names, resolved roles and pronouns, parties, organisations) in text
 * order, with lookups by offset. Per-article state.
 */
final class ArticleContext {
    final Document doc;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final List<Block> blocks;
    final List<Quotation> quotations;
    /** Mentions outside quotations that can stand for a speaker, sorted by offset. */
    final List<Mention> speakers;

    ArticleContext(Document doc) {
        this.doc = doc;
        this.tokens = doc.get(TextLayers.TOKENS);
        this.sentences = doc.get(TextLayers.SENTENCES);
        this.blocks = doc.get(TextLayers.BLOCKS);
        this.quotations = doc.get(TextLayers.QUOTATIONS);
        List<Mention> persons = new ArrayList<>(doc.get(ActorLayers.PERSON_MENTIONS));
        persons.addAll(doc.get(ActorLayers.REFERENCES));
        List<Mention> all = new ArrayList<>(persons);
        for (Mention party : doc.get(ActorLayers.PARTY_MENTIONS)) {
            if (party.form() != MentionForm.PREFIX || !belongsToPerson(party, persons)) {
                all.add(party);
            }
        }
        all.addAll(doc.get(ActorLayers.ORGANISATION_MENTIONS));
        all.removeIf(m -> insideQuotation(m.begin()));
        all.sort(Comparator.comparingInt(Mention::begin));
        this.speakers = all;
    }

    /** "CDA-leider Wopke Hoekstra": the party is part of the person's description, not a speaker. */
    private static boolean belongsToPerson(Mention party, List<Mention> persons) {
        for (Mention p : persons) {
            if (p.firstToken() >= party.firstToken() && p.firstToken() <= party.endToken() + 1) {
                return true;
            }
        }
        return false;
    }

    boolean insideQuotation(int offset) {
        for (Quotation q : quotations) {
            if (q.contentBegin() <= offset && offset < q.contentEnd()) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first token that begins at or after the offset. */
    int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The sentence that holds the offset (or the last one that begins before it). */
    Sentence sentenceAt(int offset) {
        Sentence found = sentences.isEmpty() ? null : sentences.get(0);
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).begin() <= offset) {
                found = sentences.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    Mention speakerStartingAt(int tokenIndex) {
        for (Mention m : speakers) {
            if (m.firstToken() == tokenIndex) {
                return m;
            }
            if (m.firstToken() > tokenIndex) {
                return null;
            }
        }
        return null;
    }

    List<Mention> speakersIn(int begin, int end) {
        List<Mention> in = new ArrayList<>();
        for (Mention m : speakers) {
            if (m.begin() >= begin && m.end() <= end) {
                in.add(m);
            }
        }
        return in;
    }

    String lower(int tokenIndex) {
        return tokens.get(tokenIndex).text().toLowerCase(Locale.ROOT);
    }

    Block blockOf(Sentence s) {
        return blocks.get(s.block());
    }
}
