package nl.binnenhof.events.datecheck;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.binnenhof.events.words.WordMatcher;
import nl.binnenhof.kb.KnowledgeBase;
import nl.binnenhof.text.Lexicon;
import nl.binnenhof.text.Token;

/**
 * Reads the title written before a person's name: "premier Mark Rutte", "PvdA-leider Diederik Samsom",
 * "justitieminister Dilan Yeşilgöz", "Minister van Financiën Jeroen Dijsselbloem", "oud-premier" (former),
 * "beoogd premier" (future). The titles are {@code office-titles.tsv}, the modifiers {@code title-modifiers.tsv}.
 */
final class OfficeTitles {
    /** Whether a title is held at the time of writing. */
    enum Status { CURRENT, FORMER, FUTURE }

    /** A title over tokens {@code first..end-1}, naming an office role of the knowledge base. */
    record Title(String role, int first, int end, Status status) {
    }

    private record Entry(String role, String form) {
    }

    private static final int MAX_PORTFOLIO_TOKENS = 6;

    private final Map<String, Entry> titles = new HashMap<>();
    /** Compound titles by their ending: "justitieminister" ends in "minister". */
    private final WordMatcher<Entry> compoundEndings = new WordMatcher<>();
    private final Map<String, Status> modifiers = new HashMap<>();
    private final KnowledgeBase kb;

    OfficeTitles(KnowledgeBase kb) {
        this.kb = kb;
        for (String[] row : Lexicon.rows(OfficeTitles.class, "office-titles.tsv")) {
            Entry e = new Entry(row[1].strip(), row[2].strip());
            titles.put(row[0].strip(), e);
            if (e.form().equals("compound")) {
                compoundEndings.add("*" + row[0].strip(), e);
            }
        }
        for (String[] row : Lexicon.rows(OfficeTitles.class, "title-modifiers.tsv")) {
            modifiers.put(row[0].strip(), Status.valueOf(row[1].strip()));
        }
    }

    /** The title right before the name that starts at token {@code name}, within its sentence; or null. */
    Title before(List<Token> tokens, int name, int sentenceStart) {
        int t = name - 1;
        if (t < sentenceStart) {
            return null;
        }
        int at = t;
        Reading r = read(tokens.get(t).text());
        if (r == null) {
            at = portfolioTitle(tokens, t, sentenceStart);
            r = at < 0 ? null : read(tokens.get(at).text());
        }
        if (r == null) {
            return null;
        }
        Status status = r.status();
        if (status == Status.CURRENT && at > sentenceStart) {
            status = modifierStatus(tokens.get(at - 1).text());
        }
        return new Title(r.role(), at, name, status);
    }

    /** "Minister van Financiën", "staatssecretaris voor Asielzaken": the index of the title word, or -1. */
    private int portfolioTitle(List<Token> tokens, int t, int sentenceStart) {
        for (int k = t; k >= Math.max(sentenceStart + 1, t - MAX_PORTFOLIO_TOKENS); k--) {
            String w = lower(tokens.get(k).text());
            if ((w.equals("van") || w.equals("voor")) && k < t) {
                return read(tokens.get(k - 1).text()) != null ? k - 1 : -1;
            }
            if (!isPortfolioWord(tokens.get(k))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isPortfolioWord(Token token) {
        return token.isCapitalized() || token.is("en") || token.is(",") || token.is("&");
    }

    private record Reading(String role, Status status) {
    }

    /** What one token says as a title, or null. */
    private Reading read(String word) {
        String lower = lower(word);
        Entry whole = titles.get(lower);
        if (whole != null && !whole.form().equals("prefixed")) {
            return new Reading(whole.role(), Status.CURRENT);
        }
        int hyphen = lower.lastIndexOf('-');
        String noun = hyphen > 0 ? lower.substring(hyphen + 1) : lower;
        Entry e = entryFor(noun, hyphen > 0);
        if (e == null) {
            return null;
        }
        if (hyphen <= 0) {
            return new Reading(e.role(), Status.CURRENT);
        }
        String head = word.substring(0, hyphen);
        Status status = modifierStatus(head);
        boolean partyPrefix = kb.partyKey(head).isPresent();
        if (status == Status.CURRENT && e.form().equals("prefixed") && !partyPrefix) {
            return null;
        }
        return new Reading(e.role(), status);
    }

    /** The title a word ends in: the word itself, or for compound titles its tail ("justitieminister"). */
    private Entry entryFor(String noun, boolean afterHyphen) {
        Entry e = titles.get(noun);
        if (e != null) {
            return e.form().equals("prefixed") && !afterHyphen ? null : e;
        }
        return compoundEndings.match(noun);
    }

    /** The status a word before a title gives it: "toenmalig", "oud-Tweede" (its part before a hyphen). */
    private Status modifierStatus(String word) {
        String lower = lower(word);
        int hyphen = lower.indexOf('-');
        Status s = modifiers.get(hyphen > 0 ? lower.substring(0, hyphen) : lower);
        return s == null ? Status.CURRENT : s;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
