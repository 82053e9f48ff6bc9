package nl.binnenhof.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.binnenhof.kb.KnowledgeBase;
import nl.binnenhof.kb.Party;
import nl.binnenhof.text.Annotator;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Layer;
import nl.binnenhof.text.TextLayers;
import nl.binnenhof.text.Token;

/**
 * Finds the parties an article names: by name or alias ("ChristenUnie", "CU", "Partij voor de Dieren"),
 * as the first part of a compound ("VVD-premier", "Partij voor de Dieren-leider",
 * "GroenLinks-PvdA-lijsttrekker") and as a member noun ("PVV'er", "NSC'ers"). Aliases come from the
 * knowledge base and match as written, so "DENK" the party is not "denk" the verb.
 */
public final class PartyFinder implements Annotator {
    private final PhraseIndex<String> names = new PhraseIndex<>();

    public PartyFinder(KnowledgeBase kb) {
        for (Party p : kb.parties()) {
            names.add(p.key(), p.key());
            names.add(p.name(), p.key());
            p.aliases().forEach(a -> names.add(a, p.key()));
            p.prefixes().forEach(a -> names.add(a, p.key()));
        }
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.TOKENS, ActorLayers.FOLDED_WORDS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(ActorLayers.PARTY_MENTIONS);
    }

    @Override
    public void annotate(Document document) {
        List<Token> tokens = document.get(TextLayers.TOKENS);
        TokenWords w = TokenWords.of(document);
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Mention m = tokens.get(i).isWord() ? at(tokens, w, i) : null;
            if (m != null) {
                found.add(m);
                i = m.endToken();
            } else {
                i++;
            }
        }
        document.add(ActorLayers.PARTY_MENTIONS, found);
    }

    private Mention at(List<Token> tokens, TokenWords w, int i) {
        PhraseIndex.Match<String> whole = names.longest(w.words, i);
        if (whole != null) {
            Token last = tokens.get(i + whole.length() - 1);
            return new Mention(tokens.get(i).begin(), last.end(), whole.values().get(0), ActorType.PARTY,
                    MentionForm.NAME, i, i + whole.length());
        }
        // a compound whose head is a party: "VVD-premier", "Partij voor de Dieren-leider"
        PhraseIndex.Match<String> head = names.longest(w.heads, i);
        if (head != null && onlyLastIsCompound(w, i, head.length())) {
            int lastIndex = i + head.length() - 1;
            Token last = tokens.get(lastIndex);
            int end = last.begin() + headLength(tokens.get(lastIndex).text());
            return new Mention(tokens.get(i).begin(), end, head.values().get(0), ActorType.PARTY, MentionForm.PREFIX,
                    i, lastIndex + 1);
        }
        // a member noun: "PVV'er", "NSC'ers", "collega-NSC'ers"
        String word = w.words[i];
        int apostrophe = word.lastIndexOf('\'');
        if (apostrophe > 0 && (word.endsWith("'er") || word.endsWith("'ers"))) {
            int dash = word.lastIndexOf('-', apostrophe);
            String party = word.substring(dash + 1, apostrophe);
            PhraseIndex.Match<String> member = names.longest(new String[] {party}, 0);
            if (member != null) {
                int begin = tokens.get(i).begin() + dash + 1;
                return new Mention(begin, begin + party.length(), member.values().get(0), ActorType.PARTY,
                        MentionForm.PREFIX, i, i + 1);
            }
        }
        return null;
    }

    private static boolean onlyLastIsCompound(TokenWords w, int from, int length) {
        for (int k = from; k < from + length - 1; k++) {
            if (!w.words[k].equals(w.heads[k])) {
                return false;
            }
        }
        return !w.words[from + length - 1].equals(w.heads[from + length - 1]);
    }

    private static int headLength(String token) {
        return token.lastIndexOf('-');
    }
}
