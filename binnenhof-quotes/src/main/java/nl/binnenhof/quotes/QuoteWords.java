package nl.binnenhof.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.binnenhof.text.Lexicon;

/** The word lists of the quote stage, loaded once. */
final class QuoteWords {
    final Set<String> cueVerbs = load("cue-verbs.txt");
    final Set<String> termDeterminers = load("term-determiners.txt");
    final Set<String> speakerBarriers = load("speaker-barriers.txt");
    final Set<String> subordinators = load("subordinators.txt");
    /** Demonstratives with which a sentence points back at the quote before it ("Met die woorden …"). */
    final Set<String> pointers = load("pointers.txt");
    /** Documents whose words are their author's: "…", staat in de Miljoenennota (the cabinet's). */
    final Map<String, String> documentAuthors = documentAuthors();
    /** The personal pronouns the actor stage resolves (its lexicon, so the two never disagree). */
    final Set<String> pronouns = pronouns();

    private static Set<String> pronouns() {
        Set<String> words = new HashSet<>();
        for (String[] row : Lexicon.rows(nl.binnenhof.actors.ReferenceResolver.class, "pronouns.tsv")) {
            words.add(row[0].strip());
        }
        return Set.copyOf(words);
    }

    private static Map<String, String> documentAuthors() {
        Map<String, String> authors = new HashMap<>();
        for (String[] row : Lexicon.rows(QuoteWords.class, "documents.tsv")) {
            authors.put(row[0].strip().toLowerCase(Locale.ROOT), row[1].strip());
        }
        return Map.copyOf(authors);
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        for (String w : Lexicon.entries(QuoteWords.class, resource)) {
            words.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }
}
