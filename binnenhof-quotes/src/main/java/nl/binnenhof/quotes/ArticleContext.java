package nl.binnenhof.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.binnenhof.actors.ActorLayers;
import nl.binnenhof.actors.Mention;
import nl.binnenhof.actors.MentionForm;
import nl.binnenhof.text.Block;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Quotation;
import nl.binnenhof.text.Sentence;
import nl.binnenhof.text.Spans;
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
    private final List<String> lowerCase;
    final List<Sentence> sentences;
    final List<Block> blocks;
    final List<Quotation> quotations;
    /** Mentions outside quotations that can stand for a speaker, sorted by offset. */
    final List<Mention> speakers;
    private final java.util.Map<Integer, Mention> speakerByFirstToken = new java.util.HashMap<>();
    /**
     * For tokens such as "NSC-leider" before "Pieter Omtzigt" (a party's word that describes the person after it),
     * the first token of that description ("Partij voor de Dieren-leider" is one); -1 elsewhere.
     */
    private final int[] descriptionStart;
    /** Content spans of the quotations, sorted and merged, for the "inside a quotation?" question. */
    private final int[] quotedBegins;
    private final int[] quotedEnds;

    ArticleContext(Document doc) {
        this.doc = doc;
        this.tokens = doc.get(TextLayers.TOKENS);
        this.lowerCase = doc.get(TextLayers.LOWER_CASE);
        this.sentences = doc.get(TextLayers.SENTENCES);
        this.blocks = doc.get(TextLayers.BLOCKS);
        this.quotations = doc.get(TextLayers.QUOTATIONS);
        List<Mention> persons = new ArrayList<>(doc.get(ActorLayers.PERSON_MENTIONS));
        persons.addAll(doc.get(ActorLayers.REFERENCES));
        List<Mention> all = new ArrayList<>(persons);
        this.descriptionStart = new int[tokens.size()];
        java.util.Arrays.fill(descriptionStart, -1);
        for (Mention party : doc.get(ActorLayers.PARTY_MENTIONS)) {
            if (party.form() != MentionForm.PREFIX || !belongsToPerson(party, persons)) {
                all.add(party);
            } else {
                java.util.Arrays.fill(descriptionStart, party.firstToken(), party.endToken(), party.firstToken());
            }
        }
        all.addAll(doc.get(ActorLayers.ORGANISATION_MENTIONS));
        List<int[]> spans = new ArrayList<>();
        for (Quotation q : quotations) {
            spans.add(new int[] {q.contentBegin(), q.contentEnd()});
        }
        spans.sort(Comparator.comparingInt(x -> x[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] span : spans) {
            if (!merged.isEmpty() && span[0] <= merged.get(merged.size() - 1)[1]) {
                merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], span[1]);
            } else {
                merged.add(span.clone());
            }
        }
        this.quotedBegins = merged.stream().mapToInt(x -> x[0]).toArray();
        this.quotedEnds = merged.stream().mapToInt(x -> x[1]).toArray();
        all.removeIf(m -> insideQuotation(m.begin()));
        all.sort(Comparator.comparingInt(Mention::begin));
        this.speakers = all;
        for (Mention m : all) {
            speakerByFirstToken.putIfAbsent(m.firstToken(), m);
        }
    }

    /** "CDA-leider Wopke Hoekstra": the party is part of the person's description, not a speaker. */
    private static boolean belongsToPerson(Mention party, List<Mention> persons) {
        for (Mention p : persons) {
            // a name right after it ("CDA-leider Wopke Hoekstra"), not another reference ("de GroenLinks-leider de minister")
            boolean named = p.form() == MentionForm.NAME || p.form() == MentionForm.SURNAME;
            boolean after = named && p.firstToken() >= party.firstToken() && p.firstToken() <= party.endToken() + 1;
            boolean covering = p.firstToken() <= party.firstToken() && p.endToken() >= party.endToken(); // "de PvdA'er"
            if (after || covering) {
                return true;
            }
        }
        return false;
    }

    /** The first token of the party's description of a person that holds this token, or -1. */
    int descriptionStart(int tokenIndex) {
        return descriptionStart[tokenIndex];
    }

    boolean insideQuotation(int offset) {
        int i = java.util.Arrays.binarySearch(quotedBegins, offset);
        int at = i >= 0 ? i : -i - 2; // the last span that begins at or before the offset
        return at >= 0 && offset < quotedEnds[at];
    }

    /** Whether any quotation overlaps the stretch. */
    boolean anyQuotationIn(int begin, int end) {
        int i = java.util.Arrays.binarySearch(quotedBegins, end);
        int at = i >= 0 ? i - 1 : -i - 2; // the last span that begins before the end
        return at >= 0 && quotedEnds[at] > begin;
    }

    /** Index of the first token that begins at or after the offset. */
    int tokenAtOrAfter(int offset) {
        return Spans.firstAtOrAfter(tokens, offset);
    }

    /** The sentence that holds the offset (or the last one that begins before it). */
    Sentence sentenceAt(int offset) {
        int i = Spans.lastAtOrBefore(sentences, offset);
        return i >= 0 ? sentences.get(i) : sentences.isEmpty() ? null : sentences.get(0);
    }

    Mention speakerStartingAt(int tokenIndex) {
        return speakerByFirstToken.get(tokenIndex);
    }

    List<Mention> speakersIn(int begin, int end) {
        int lo = 0;
        int hi = speakers.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (speakers.get(mid).begin() < begin) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Mention> in = new ArrayList<>();
        for (int i = lo; i < speakers.size() && speakers.get(i).begin() < end; i++) {
            if (speakers.get(i).end() <= end) {
                in.add(speakers.get(i));
            }
        }
        return in;
    }

    String lower(int tokenIndex) {
        return lowerCase.get(tokenIndex);
    }

    Block blockOf(Sentence s) {
        return blocks.get(s.block());
    }
}
