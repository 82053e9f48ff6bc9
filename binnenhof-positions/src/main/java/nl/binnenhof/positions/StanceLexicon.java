package nl.binnenhof.positions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.binnenhof.text.Lexicon;

/** The word lists of the positions stage, loaded once and shared. */
final class StanceLexicon {
    /** How far apart the two parts of a split cue may stand. */
    static final int MAX_SPLIT_GAP = 10;
    /** Tokens between the parts of a "priority" cue, which may hold a list ("onderwijs, werk en lagere lasten"). */
    static final int MAX_LIST_GAP = 18;

    /** The negations, which turn a stance round and, like adverbs, may stand inside a cue. */
    static final Set<String> NEGATIONS = Set.of("niet", "geen");

    final Map<String, List<StanceCue>> cuesByFirstWord = new HashMap<>();
    final Set<String> clauseBreaks = new HashSet<>();
    final Set<String> verbsAfterEn = new HashSet<>();
    final Set<String> anaphoricHeads = new HashSet<>(Lexicon.entries(StanceLexicon.class, "anaphoric-targets.txt"));
    final Set<String> adverbs = new HashSet<>(Lexicon.entries(StanceLexicon.class, "adverbs.txt"));
    /** The adverbials of two words ("onder meer"), by their first word: looked up per token, so no string is built. */
    private final Map<String, Set<String>> adverbPairs = new HashMap<>();
    final Set<String> modalTargetStarts = new HashSet<>(Lexicon.entries(StanceLexicon.class, "modal-target-starts.txt"));
    final Map<String, Position.Polarity> evaluative = new HashMap<>();
    final Set<String> nonTargetStarts = new HashSet<>(Lexicon.entries(StanceLexicon.class, "non-target-starts.txt"));
    final Set<String> nonStanceVerbs = new HashSet<>(Lexicon.entries(StanceLexicon.class, "non-stance-verbs.txt"));
    final Set<String> subordinators = new HashSet<>(Lexicon.entries(StanceLexicon.class, "subordinators.txt"));
    final Set<String> auxiliaries = new HashSet<>(Lexicon.entries(StanceLexicon.class, "auxiliaries.txt"));
    final Set<String> voiceNouns = new HashSet<>(Lexicon.entries(StanceLexicon.class, "voice-nouns.txt"));
    final Set<String> partyOrgans = new HashSet<>(Lexicon.entries(StanceLexicon.class, "party-organs.txt"));

    /**
     * The polarity of a judging word, also in its inflected form: "een mooie mix" (mooi), "slimme plannen"
     * (slim), "een grote blunder" is judged by "blunder". Null for a word that judges nothing.
     */
    Position.Polarity judgement(String word) {
        Position.Polarity p = evaluative.get(word);
        if (p != null || word.length() < 4 || !word.endsWith("e")) {
            return p;
        }
        String stem = word.substring(0, word.length() - 1);
        p = evaluative.get(stem);
        int n = stem.length();
        if (p == null && n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
            p = evaluative.get(stem.substring(0, n - 1)); // "slimme" → slim
        }
        if (p == null && n > 2 && !isVowel(stem.charAt(n - 1)) && isVowel(stem.charAt(n - 2))
                && !DIGRAPHS.contains(stem.substring(n - 3, n - 1))) {
            // an open syllable writes its long vowel once: "ideale" → ideaal, "grote" → groot
            p = evaluative.get(stem.substring(0, n - 1) + stem.charAt(n - 2) + stem.charAt(n - 1));
        }
        return p;
    }

    /** Vowel pairs that spell one sound: their last vowel is no open syllable's ("goede" is goed, not goeed). */
    private static final Set<String> DIGRAPHS = Set.of("aa", "ee", "oo", "uu", "oe", "ie", "eu", "ui", "ei", "au", "ou");

    /** An adverb or negation, which may stand inside a cue without changing it ("steunt ook", "steunt niet"). */
    boolean isFiller(String word) {
        return adverbs.contains(word) || NEGATIONS.contains(word);
    }

    /** Whether two words make one adverbial of adverbs.txt ("onder meer", "met name"). */
    boolean isAdverbPair(String first, String second) {
        Set<String> seconds = adverbPairs.get(first);
        return seconds != null && seconds.contains(second);
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    StanceLexicon() {
        for (String[] row : Lexicon.rows(StanceLexicon.class, "stance-cues.tsv")) {
            String text = row[0].strip().toLowerCase(Locale.ROOT);
            String[] parts = text.split("\\s*…\\s*");
            String[] first = parts[0].split("\\s+");
            String[] second = parts.length > 1 ? parts[1].split("\\s+") : new String[0];
            Position.Polarity polarity = Position.Polarity.valueOf(row[1].strip().toUpperCase(Locale.ROOT));
            boolean fillerSecond = first.length > 1 && isFiller(first[1]);
            StanceCue cue = new StanceCue(first, second, polarity, row[2].strip(), text, fillerSecond);
            cuesByFirstWord.computeIfAbsent(first[0], k -> new ArrayList<>()).add(cue);
        }
        for (List<StanceCue> cues : cuesByFirstWord.values()) {
            cues.sort((a, b) -> b.first().length + b.second().length - a.first().length - a.second().length);
        }
        for (String adverb : adverbs) {
            String[] words = adverb.split(" ");
            if (words.length == 2) {
                adverbPairs.computeIfAbsent(words[0], k -> new HashSet<>()).add(words[1]);
            }
        }
        for (String[] row : Lexicon.rows(StanceLexicon.class, "evaluative-words.tsv")) {
            evaluative.put(row[0].strip(), Position.Polarity.valueOf(row[1].strip().toUpperCase(Locale.ROOT)));
        }
        for (String[] row : Lexicon.rows(StanceLexicon.class, "clause-words.tsv")) {
            (row[1].strip().equals("break") ? clauseBreaks : verbsAfterEn).add(row[0].strip());
        }
    }
}
