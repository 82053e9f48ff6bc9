package nl.binnenhof.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds sentence boundaries inside each block. A sentence ends at {@code . ! ? …} (with the closing
 * quotation marks and brackets that follow it) when the next token starts a new sentence: a capital, a
 * digit or an opening quotation mark. A dot after a known abbreviation ("o.a.", "mr.", "drs.") or an
 * initial ("J. de Vries") ends nothing; a question mark followed by "twittert" or ", zei hij" neither.
 * Abbreviations are data: {@code abbreviations.txt}.
 */
public final class SentenceSplitter implements Annotator {
    private final Set<String> abbreviations;

    public SentenceSplitter() {
        this.abbreviations = new HashSet<>();
        for (String a : Lexicon.entries(SentenceSplitter.class, "abbreviations.txt")) {
            abbreviations.add(a.toLowerCase(Locale.ROOT));
        }
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.BLOCKS, TextLayers.TOKENS, TextLayers.LOWER_CASE, TextLayers.QUOTATIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(TextLayers.SENTENCES);
    }

    @Override
    public void annotate(Document document) {
        List<Token> tokens = document.get(TextLayers.TOKENS);
        List<String> lower = document.get(TextLayers.LOWER_CASE);
        Set<Integer> opening = new HashSet<>();
        Set<Integer> closing = new HashSet<>();
        for (Quotation q : document.get(TextLayers.QUOTATIONS)) {
            opening.add(q.begin());
            for (int c = q.contentEnd(); c < q.end(); c++) {
                closing.add(c);
            }
        }
        List<Sentence> sentences = new ArrayList<>();
        int t = 0;
        for (Block block : document.get(TextLayers.BLOCKS)) {
            while (t < tokens.size() && tokens.get(t).begin() < block.begin()) {
                t++;
            }
            int first = t;
            int end = t;
            while (end < tokens.size() && tokens.get(end).end() <= block.end()) {
                end++;
            }
            int start = first;
            for (int i = first; i < end; i++) {
                if (!isTerminal(tokens.get(i)) || isAbbreviationDot(lower, tokens, i, first)) {
                    continue;
                }
                int last = i;
                while (last + 1 < end && (closing.contains(tokens.get(last + 1).begin())
                        || tokens.get(last + 1).is(")"))) {
                    last++;
                }
                if (last + 1 == end || startsSentence(tokens.get(last + 1), opening)) {
                    sentences.add(sentence(tokens, start, last + 1, block, sentences.size()));
                    start = last + 1;
                    i = last;
                }
            }
            if (start < end) {
                sentences.add(sentence(tokens, start, end, block, sentences.size()));
            }
            t = end;
        }
        document.add(TextLayers.SENTENCES, sentences);
    }

    private static Sentence sentence(List<Token> tokens, int from, int to, Block block, int index) {
        return new Sentence(tokens.get(from).begin(), tokens.get(to - 1).end(), from, to, block.index(), index);
    }

    private static boolean isTerminal(Token token) {
        String s = token.text();
        return token.kind() == Token.Kind.PUNCT
                && (s.startsWith(".") || s.equals("!") || s.equals("?") || s.equals("…"));
    }

    private static boolean startsSentence(Token next, Set<Integer> opening) {
        int c = next.text().codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || opening.contains(next.begin())
                || next.is("(") || next.is("-") || next.is("–");
    }

    /** A single dot glued to an abbreviation or an initial. */
    private boolean isAbbreviationDot(List<String> lower, List<Token> tokens, int i, int blockFirst) {
        Token dot = tokens.get(i);
        if (!dot.is(".") || i == blockFirst) {
            return false;
        }
        Token before = tokens.get(i - 1);
        if (before.end() != dot.begin() || !before.isWord()) {
            return false;
        }
        String word = before.text();
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial
        }
        return abbreviations.contains(lower.get(i - 1));
    }
}
