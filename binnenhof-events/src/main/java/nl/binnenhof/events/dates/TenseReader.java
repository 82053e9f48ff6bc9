package nl.binnenhof.events.dates;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.binnenhof.events.words.LowerCaseWords;
import nl.binnenhof.text.Lexicon;

/**
 * Tells the tense of the clause a date expression stands in, from the nearest finite verb form listed in
 * {@code tense-markers.tsv}: "zei donderdag" is past, "gaat donderdag verder" future, "is donderdag
 * gevallen" past because a participle follows the auxiliary. No marker gives {@link Tense#UNKNOWN}.
 */
final class TenseReader {
    private enum Kind { PAST, FUTURE, PERFECT, PARTICIPLE, NOT_PARTICIPLE }

    /** "gevallen", "aangeboden", "voortgezet": ge- after an optional separable particle, ending -d, -t or -en. */
    private static final Pattern PARTICIPLE = Pattern.compile(
            "(?:aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|vast|voor|voort|weg|samen|los|bekend|tegen"
                    + "|neer|dicht|open)?ge\\p{L}{2,}(?:d|t|en)");

    private final Map<String, Set<Kind>> markers = new HashMap<>();

    TenseReader() {
        for (String[] row : Lexicon.rows(TenseReader.class, "tense-markers.tsv")) {
            markers.computeIfAbsent(row[0].strip(), k -> EnumSet.noneOf(Kind.class)).add(Kind.valueOf(row[1].strip()));
        }
    }

    /**
     * The tense for the expression over tokens {@code first..end-1} in the sentence {@code from..to-1}.
     *
     * @param w the article's tokens in lower case
     */
    Tense tenseAt(LowerCaseWords w, int from, int to, int first, int end) {
        Set<Kind> nearest = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int t = from; t < to; t++) {
            if (t >= first && t < end) {
                continue;
            }
            Set<Kind> kinds = markers.get(w.get(t));
            if (kinds == null || !isFinite(kinds)) {
                continue;
            }
            int distance = t < first ? first - t : t - end + 1;
            if (distance < bestDistance) {
                bestDistance = distance;
                nearest = kinds;
            }
        }
        if (nearest == null) {
            return Tense.UNKNOWN;
        }
        if (nearest.contains(Kind.PAST)) {
            return Tense.PAST;
        }
        if (nearest.contains(Kind.PERFECT)) {
            return hasParticiple(w, from, to) ? Tense.PAST : Tense.FUTURE;
        }
        return Tense.FUTURE;
    }

    private static boolean isFinite(Set<Kind> kinds) {
        return kinds.contains(Kind.PAST) || kinds.contains(Kind.FUTURE) || kinds.contains(Kind.PERFECT);
    }

    /** The pattern, after a cheap look at the word's shape: most words are never a participle. */
    private static boolean looksLikeParticiple(String word) {
        if (word.length() < 5 || word.indexOf("ge") < 0) {
            return false;
        }
        char last = word.charAt(word.length() - 1);
        return (last == 'd' || last == 't' || last == 'n') && PARTICIPLE.matcher(word).matches();
    }

    private boolean hasParticiple(LowerCaseWords w, int from, int to) {
        for (int t = from; t < to; t++) {
            Set<Kind> kinds = markers.get(w.get(t));
            if (kinds != null && kinds.contains(Kind.NOT_PARTICIPLE)) {
                continue;
            }
            if ((kinds != null && kinds.contains(Kind.PARTICIPLE)) || looksLikeParticiple(w.get(t))) {
                return true;
            }
        }
        return false;
    }
}
