package nl.binnenhof.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.binnenhof.kb.DateRange;
import nl.binnenhof.kb.KnowledgeBase;
import nl.binnenhof.kb.Person;
import nl.binnenhof.text.Annotator;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Layer;
import nl.binnenhof.text.Lexicon;
import nl.binnenhof.text.TextLayers;
import nl.binnenhof.text.Token;

/**
 * Finds the persons an article names and links every mention to one person.
 *
 * <ul>
 *   <li>Full names the knowledge base knows, with their other spellings ("Dilan Yesilgöz").</li>
 *   <li>Names it does not know, by their shape: a first name, name particles, a capitalised surname
 *       ("Ron Fresen", "Liane den Haan"), or any two capitalised words right after a role noun
 *       ("verslaggever Priscilla Slomp").</li>
 *   <li>Bare surnames ("Rutte", "Van der Burg"): linked to a person named in full in the same article,
 *       else to the one person of that surname the knowledge base has in office around the article's
 *       date. A surname before a Roman numeral ("Rutte IV") is a cabinet, not a person.</li>
 * </ul>
 * Role nouns before a name ("CDA-minister Hugo de Jonge", "Minister van Financiën Jeroen Dijsselbloem",
 * "de drie vicepremiers A, B en C") give roles and parties; "(D66)" and "van GroenLinks" after a name
 * give parties.
 */
public final class PersonFinder implements Annotator {
    private static final Set<String> ROMAN = Set.of("I", "II", "III", "IV", "V", "VI");
    private static final int MAX_PORTFOLIO_WORDS = 8;
    /** The office rank (role-prominence.tsv) a person needs to be read off a bare, sentence-initial surname. */
    private static final int PROMINENT_AT_SENTENCE_START = 4;
    /** How often a known surname must recur, always capitalised, to count as a name at sentence starts too. */
    private static final int MIN_USES_AS_NAME = 3;
    /** Offices from this rank up (staatssecretaris and higher) are in the knowledge base for every holder. */
    private static final int FULLY_RECORDED_RANK = 5;

    private final KnowledgeBase kb;
    private final RoleLexicon roles;
    private final PredicateRoles predicates;
    private final PhraseIndex<Person> fullNames = new PhraseIndex<>();
    private final PhraseIndex<Person> surnames = new PhraseIndex<>();
    private final Set<String> firstNames = new HashSet<>();
    private final PhraseIndex<Boolean> particles = new PhraseIndex<>();
    private final Set<String> listOpeners;
    /** The particles that may open a surname on their own ("van", "de", "ter"). */
    private final Set<String> particleWords = new HashSet<>();
    private final int longestParticle;
    private final Map<String, Integer> prominence = new HashMap<>();

    public PersonFinder(KnowledgeBase kb) {
        this.kb = kb;
        this.roles = new RoleLexicon(kb);
        this.predicates = new PredicateRoles(roles);
        for (String[] row : Lexicon.rows(PersonFinder.class, "role-prominence.tsv")) {
            prominence.put(row[0].strip(), Integer.parseInt(row[1].strip()));
        }
        for (String p : Lexicon.entries(PersonFinder.class, "name-particles.txt")) {
            particles.add(p, Boolean.TRUE);
            particleWords.add(p.split("\\s+")[0]);
        }
        longestParticle = particleWords.stream().mapToInt(String::length).max().orElse(0);
        listOpeners = Set.copyOf(Lexicon.entries(PersonFinder.class, "role-list-openers.txt"));
        for (Person p : kb.persons()) {
            List<String> names = new ArrayList<>();
            names.add(p.name());
            names.addAll(p.aliases());
            for (String name : names) {
                fullNames.add(name, p);
                String[] words = name.split("\\s+");
                firstNames.add(Fold.diacritics(words[0]));
                String surname = surnameOf(words);
                if (!surname.isEmpty()) {
                    surnames.add(surname, p);
                    surnames.add(Character.toUpperCase(surname.charAt(0)) + surname.substring(1), p);
                }
            }
        }
    }

    /** The name without its first name: "van der Burg" of "Eric van der Burg". */
    private static String surnameOf(String[] words) {
        return words.length < 2 ? "" : String.join(" ", List.of(words).subList(1, words.length));
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.TOKENS, ActorLayers.FOLDED_WORDS, TextLayers.SENTENCES, ActorLayers.PARTY_MENTIONS,
                ActorLayers.ORGANISATION_MENTIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(ActorLayers.PERSON_MENTIONS, ActorLayers.PERSONS);
    }

    @Override
    public void annotate(Document document) {
        new Scan(document).run();
    }

    /** One name found in the text, before the persons are put together. */
    private static final class Found {
        final int from;
        final int to;
        final boolean surnameOnly;
        Person known;
        String written;
        String key;
        final Set<String> roles = new LinkedHashSet<>();
        final Set<String> formerRoles = new LinkedHashSet<>();
        String party;
        boolean pluralRole;
        int after; // index past a trailing "(D66)"

        Found(int from, int to, boolean surnameOnly, Person known, String written) {
            this.from = from;
            this.to = to;
            this.surnameOnly = surnameOnly;
            this.known = known;
            this.written = written;
            this.after = to;
        }
    }

    /** Per-article state. */
    private final class Scan {
        final Document doc;
        final List<Token> tokens;
        final TokenWords w;
        final DateRange when;
        final Map<Integer, String> partyAt = new HashMap<>();
        final Set<Integer> blocked = new HashSet<>();
        final Set<Integer> sentenceStarts = new HashSet<>();
        final List<Found> found = new ArrayList<>();

        Scan(Document doc) {
            this.doc = doc;
            this.tokens = doc.get(TextLayers.TOKENS);
            this.w = TokenWords.of(doc);
            this.when = dateOf(doc);
            for (Mention m : doc.get(ActorLayers.PARTY_MENTIONS)) {
                for (int t = m.firstToken(); t < m.endToken(); t++) {
                    partyAt.put(t, m.actor());
                    if (m.form() == MentionForm.NAME) {
                        blocked.add(t);
                    }
                }
            }
            for (Mention m : doc.get(ActorLayers.ORGANISATION_MENTIONS)) {
                for (int t = m.firstToken(); t < m.endToken(); t++) {
                    blocked.add(t);
                }
            }
            doc.get(TextLayers.SENTENCES).forEach(s -> sentenceStarts.add(s.firstToken()));
        }

        /** Whether tokens from..to-1 lie in one sentence. */
        private boolean oneSentence(int from, int to) {
            for (int t = from + 1; t < to; t++) {
                if (sentenceStarts.contains(t)) {
                    return false;
                }
            }
            return true;
        }

        void run() {
            List<int[]> bareSurnames = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (!isNameWord(i)) {
                    int end = lowerCaseParticleSurname(i);
                    if (end > 0) {
                        bareSurnames.add(new int[] {i, end}); // "zei van der Steur", written without its capital
                        i = end - 1;
                    }
                    continue;
                }
                PhraseIndex.Match<Person> full = fullNames.longest(w.words, i);
                if (full != null && (full.length() >= 2 || mononym(full)) && oneSentence(i, i + full.length())) {
                    found.add(new Found(i, i + full.length(), false, pick(full.values()), written(i, i + full.length())));
                    i += full.length() - 1;
                    continue;
                }
                PhraseIndex.Match<Person> bare = surnames.longest(w.words, i);
                int end = bare != null && !isFirstName(i) ? -1 : shapedName(i);
                Person owner = end > 0 ? possessive(i, end) : null;
                if (owner != null) {
                    int nameEnd = i + owner.name().split("\\s+").length;
                    found.add(new Found(i, nameEnd, false, owner, written(i, nameEnd)));
                    i = nameEnd - 1;
                    continue;
                }
                if (end > 0 && oneSentence(i, end)) {
                    Found f = new Found(i, end, false, null, written(i, end));
                    f.known = knownBySurname(f);
                    found.add(f);
                    i = end - 1;
                    continue;
                }
                if (bare != null && !isCabinetName(i + bare.length()) && oneSentence(i, i + bare.length())) {
                    bareSurnames.add(new int[] {i, i + bare.length()});
                    i += bare.length() - 1;
                }
            }
            addSurnamesAfterRoles(bareSurnames);
            for (Found f : found) {
                f.key = f.known != null ? f.known.name() : f.written;
            }
            Map<String, List<Found>> byLastWord = byLastWord();
            for (Found f : found) {
                for (Found fuller : byLastWord.getOrDefault(lastWord(f.written), List.of())) {
                    if (f.known == null && fuller != f && endsWithSurname(fuller, f.written)) {
                        f.key = fuller.key; // "ex-minister Hirsch Ballin" after "Ernst Hirsch Ballin"
                        f.known = fuller.known;
                    }
                }
            }
            bareSurnames.addAll(surnamesOfNamed(bareSurnames));
            resolveSurnames(bareSurnames);
            found.sort((a, b) -> Integer.compare(a.from, b.from));
            for (Found f : found) {
                attachRolesBefore(f);
                attachPartyAfter(f);
            }
            inheritListRoles();
            boolean[] nameStarts = new boolean[tokens.size() + 1];
            found.forEach(f -> nameStarts[f.from] = true);
            found.forEach(f -> attachPredicateRole(f, nameStarts));
            emit();
        }

        /**
         * End of a known surname that begins with a particle written in lower case mid-sentence ("van der
         * Steur"), or -1. Only whole surnames of the knowledge base count, ending in a capitalised word.
         */
        private int lowerCaseParticleSurname(int i) {
            Token t = tokens.get(i);
            // cheap tests first: this runs for every lower-case word
            if (!t.isWord() || t.isCapitalized() || i + 1 >= tokens.size() || w.words[i].length() > longestParticle
                    || !particleWords.contains(w.words[i]) || blocked.contains(i)
                    || !(tokens.get(i + 1).isCapitalized() || particleWords.contains(w.words[i + 1]))) {
                return -1;
            }
            if (i > 0 && tokens.get(i - 1).isWord() && tokens.get(i - 1).isCapitalized()) {
                return -1; // "Cort van der Linden": the particle belongs to a name with a first name unknown to us
            }
            PhraseIndex.Match<Person> bare = surnames.longest(w.words, i);
            if (bare == null || bare.length() < 2) {
                return -1;
            }
            int end = i + bare.length();
            return tokens.get(end - 1).isCapitalized() && oneSentence(i, end) && !isCabinetName(end) ? end : -1;
        }

        /** "Willem-Alexander", "Beatrix": a person the knowledge base knows by one name only. */
        private boolean mononym(PhraseIndex.Match<Person> match) {
            for (Person p : match.values()) {
                if (p.name().indexOf(' ') >= 0) {
                    return false;
                }
            }
            return true;
        }

        private boolean isNameWord(int i) {
            Token t = tokens.get(i);
            return t.isWord() && t.isCapitalized() && !blocked.contains(i);
        }

        private Person pick(List<Person> candidates) {
            for (Person p : candidates) {
                if (p.activeIn(when)) {
                    return p;
                }
            }
            return candidates.get(0);
        }

        /** End of a name built as first name(s) + particles + surname starting at i, or -1. */
        private int shapedName(int i) {
            int j = i;
            int first = 0;
            while (j < tokens.size() && first < 2 && isNameWord(j) && isFirstName(j)) {
                j++;
                first++;
            }
            if (first == 0) {
                // any capitalised word after a role noun may be a first name, but never a particle ("De Krom")
                boolean cued = i > 0 && roles.read(tokens.get(i - 1).text()) != null
                        && particles.longest(new String[] {w.words[i].toLowerCase(Locale.ROOT)}, 0) == null;
                if (!cued) {
                    return -1;
                }
                j = i + 1;
                first = 1;
            }
            int k = j;
            PhraseIndex.Match<Boolean> particle = k < tokens.size() ? particles.longest(w.words, k) : null;
            if (particle != null) {
                k += particle.length();
            }
            if (k < tokens.size() && isNameWord(k) && roles.read(tokens.get(k).text()) == null
                    && !ROMAN.contains(tokens.get(k).text())) {
                return secondSurname(k + 1) ? k + 2 : k + 1;
            }
            if (first == 2 && particle == null) {
                return j; // "Jan Peter" was first name + surname after all
            }
            return -1;
        }

        /**
         * "Ernst Hirsch Ballin": one more capitalised word after the surname is part of it, when it is no
         * first name, role or numeral, stays in the sentence, and is not itself followed by a capital
         * ("Mark Rutte Den Haag" is not a name).
         */
        private boolean secondSurname(int k) {
            if (k >= tokens.size() || !isNameWord(k) || sentenceStarts.contains(k) || isFirstName(k)
                    || roles.read(tokens.get(k).text()) != null || ROMAN.contains(tokens.get(k).text())) {
                return false;
            }
            return k + 1 >= tokens.size() || !tokens.get(k + 1).isCapitalized() || sentenceStarts.contains(k + 1);
        }

        private boolean isFirstName(int i) {
            String word = w.words[i];
            return firstNames.contains(word) || kb.isFirstName(tokens.get(i).text());
        }

        /** "Thierry Baudets Forum": the genitive of a name the knowledge base knows, and nothing after it. */
        private Person possessive(int from, int end) {
            for (int last = from + 1; last < end; last++) {
                String word = w.words[last];
                if (word.length() > 2 && word.endsWith("s")) {
                    String[] name = new String[last - from + 1];
                    System.arraycopy(w.words, from, name, 0, name.length);
                    name[name.length - 1] = word.substring(0, word.length() - 1);
                    PhraseIndex.Match<Person> m = fullNames.longest(name, 0);
                    if (m != null && m.length() == name.length) {
                        return m.values().get(0);
                    }
                }
            }
            return null;
        }

        /** A person the knowledge base knows by this surname and a compatible first name. */
        private Person knownBySurname(Found f) {
            PhraseIndex.Match<Person> m = null;
            for (int s = f.from + 1; s < f.to && m == null; s++) {
                PhraseIndex.Match<Person> at = surnames.longest(w.words, s);
                if (at != null && s + at.length() == f.to) {
                    m = at;
                }
            }
            if (m == null) {
                return null;
            }
            char initial = Character.toUpperCase(w.words[f.from].charAt(0));
            for (Person p : m.values()) {
                if (Character.toUpperCase(Fold.diacritics(p.name()).charAt(0)) == initial) {
                    return p;
                }
            }
            return null;
        }

        private boolean isCabinetName(int next) {
            return next < tokens.size() && ROMAN.contains(tokens.get(next).text());
        }

        /** The names found so far by their folded last word, so that a surname finds its full name at once. */
        private Map<String, List<Found>> byLastWord() {
            Map<String, List<Found>> index = new HashMap<>();
            for (Found f : found) {
                index.computeIfAbsent(lastWord(f.written), k -> new ArrayList<>()).add(f);
            }
            return index;
        }

        private String lastWord(String name) {
            return Fold.diacritics(name.substring(name.lastIndexOf(' ') + 1)).toLowerCase(Locale.ROOT);
        }

        private void resolveSurnames(List<int[]> bare) {
            Map<String, List<Found>> index = byLastWord();
            for (int[] span : bare) {
                String written = written(span[0], span[1]);
                Found match = null;
                for (Found f : index.getOrDefault(lastWord(written), List.of())) {
                    if (!f.surnameOnly && endsWithSurname(f, written)) {
                        match = f;
                        break;
                    }
                }
                Person person = match != null ? match.known : uniqueKnown(span);
                if (match == null && person == null) {
                    continue;
                }
                Found f = new Found(span[0], span[1], true, person, written);
                f.key = match != null ? match.key : person.name();
                found.add(f);
            }
        }

        /**
         * "de Amsterdamse wethouder Moorman … Moorman heeft …": a surname the knowledge base does not know,
         * introduced by a role noun and written at least twice, is a person at each of its mentions. A
         * capitalised word after a role noun that is followed by another one, or by "en" and another one
         * ("staatssecretaris Fiscaliteit en Douane"), or that the article uses only once, is left alone.
         */
        private void addSurnamesAfterRoles(List<int[]> bareSurnames) {
            boolean[] taken = taken(bareSurnames);
            Map<String, Integer> uses = new HashMap<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (!taken[i] && isNameWord(i)) {
                    uses.merge(w.words[i], 1, Integer::sum);
                }
            }
            Set<String> introduced = new HashSet<>();
            for (int i = 1; i < tokens.size(); i++) {
                if (taken[i] || !isNameWord(i) || uses.getOrDefault(w.words[i], 0) < 2 || isFirstName(i)) {
                    continue;
                }
                RoleLexicon.Role role = roles.read(tokens.get(i - 1).text());
                boolean portfolio = i + 2 < tokens.size() && tokens.get(i + 1).is("en") && tokens.get(i + 2).isCapitalized();
                boolean alone = i + 1 >= tokens.size() || !tokens.get(i + 1).isCapitalized() && !portfolio;
                if (role != null && !role.plural() && alone) {
                    introduced.add(w.words[i]);
                }
            }
            for (int i = 0; i < tokens.size() && !introduced.isEmpty(); i++) {
                if (!taken[i] && isNameWord(i) && introduced.contains(w.words[i]) && !isCabinetName(i + 1)) {
                    found.add(new Found(i, i + 1, false, null, written(i, i + 1)));
                }
            }
        }

        /** The tokens inside a name found so far or inside one of the given surname spans. */
        private boolean[] taken(List<int[]> spans) {
            boolean[] taken = new boolean[tokens.size()];
            for (Found f : found) {
                Arrays.fill(taken, f.from, f.to, true);
            }
            for (int[] span : spans) {
                Arrays.fill(taken, span[0], span[1], true);
            }
            return taken;
        }

        /** Bare surnames of persons named in full in this article whom the knowledge base does not know. */
        private List<int[]> surnamesOfNamed(List<int[]> already) {
            PhraseIndex<Boolean> named = new PhraseIndex<>();
            for (Found f : found) {
                if (f.known == null && f.to - f.from >= 2) {
                    String surname = written(f.from + 1, f.to);
                    named.add(surname, Boolean.TRUE);
                    named.add(Character.toUpperCase(surname.charAt(0)) + surname.substring(1), Boolean.TRUE);
                }
            }
            List<int[]> more = new ArrayList<>();
            if (named.isEmpty()) {
                return more; // every full name is known: nothing to look for
            }
            boolean[] taken = taken(already);
            for (int i = 0; i < tokens.size(); i++) {
                if (taken[i] || !isNameWord(i) && !tokens.get(i).isCapitalized()) {
                    continue;
                }
                PhraseIndex.Match<Boolean> m = named.longest(w.words, i);
                if (m != null && !taken[i + m.length() - 1] && !isCabinetName(i + m.length())) {
                    more.add(new int[] {i, i + m.length()});
                    i += m.length() - 1;
                }
            }
            return more;
        }

        private boolean endsWithSurname(Found f, String surname) {
            String folded = Fold.diacritics(f.written).toLowerCase(Locale.ROOT);
            String s = Fold.diacritics(surname).toLowerCase(Locale.ROOT);
            return folded.endsWith(" " + s);
        }

        /** The one person of this surname in office around the article's date, or null. */
        private Person uniqueKnown(int[] span) {
            PhraseIndex.Match<Person> m = surnames.longest(w.words, span[0]);
            List<Person> active = new ArrayList<>();
            if (m == null || m.length() != span[1] - span[0]) {
                return null;
            }
            for (Person p : m.values()) {
                if (when.isAlways() || p.activeIn(when.widen(1))) {
                    if (!active.contains(p)) {
                        active.add(p);
                    }
                }
            }
            Person chosen = active.size() == 1 ? active.get(0) : mostProminent(active);
            return chosen != null && plausible(chosen, span) ? chosen : null;
        }

        /**
         * Whether a bare surname, not named in full in the article, may stand for this person: not when a
         * role noun before it names an office the person never held ("oud-premier De Jong"), and at the
         * start of a sentence, where any word is capitalised ("Groot feest was het"), only for a person in
         * a prominent office.
         */
        private boolean plausible(Person p, int[] span) {
            // only offices the knowledge base records in full (cabinet posts, group leaders) can rule a person out
            RoleLexicon.Role role = span[0] > 0 ? roles.read(tokens.get(span[0] - 1).text()) : null;
            boolean recordedInFull = role != null && prominence.getOrDefault(role.base(), 0) >= FULLY_RECORDED_RANK;
            if (recordedInFull && p.offices().stream().noneMatch(o -> o.role().equals(role.base()))) {
                return false;
            }
            if (!sentenceStarts.contains(span[0])) {
                return true;
            }
            int rank = 0;
            for (var office : when.isAlways() ? p.offices() : p.officesOn(when.widen(1))) {
                rank = Math.max(rank, prominence.getOrDefault(office.role(), 1));
            }
            return rank >= PROMINENT_AT_SENTENCE_START || usedAsName(span);
        }

        /**
         * "Ferrier, tegenstander van … / Ferrier wil …": a surname the article writes again and again, always
         * capitalised, is a name even where each use opens a sentence; a word that also stands in lower case
         * somewhere ("Groot feest … een groot feest") is not.
         */
        private boolean usedAsName(int[] span) {
            if (span[1] - span[0] != 1) {
                return false;
            }
            String word = w.words[span[0]];
            int uses = 0;
            for (int i = 0; i < tokens.size(); i++) {
                if (w.words[i].equals(word)) {
                    if (!tokens.get(i).isCapitalized()) {
                        return false;
                    }
                    uses++;
                }
            }
            return uses >= MIN_USES_AS_NAME;
        }

        /** Of several namesakes in office, the one in the most prominent office; a tie links nobody. */
        private Person mostProminent(List<Person> namesakes) {
            Person best = null;
            int bestRank = -1;
            boolean tie = false;
            for (Person p : namesakes) {
                int rank = 0;
                for (var office : when.isAlways() ? p.offices() : p.officesOn(when.widen(1))) {
                    rank = Math.max(rank, prominence.getOrDefault(office.role(), 1));
                }
                if (rank > bestRank) {
                    best = p;
                    bestRank = rank;
                    tie = false;
                } else if (rank == bestRank) {
                    tie = true;
                }
            }
            return tie ? null : best;
        }

        private void attachRolesBefore(Found f) {
            int k = f.from - 1;
            if (k < 0) {
                return;
            }
            int roleAt = -1;
            if (roles.read(tokens.get(k).text()) != null) {
                roleAt = k;
            } else {
                int p = k;
                int steps = 0;
                while (p >= 0 && steps < MAX_PORTFOLIO_WORDS && (tokens.get(p).isCapitalized()
                        || tokens.get(p).is("en") || tokens.get(p).is(","))) {
                    p--;
                    steps++;
                }
                if (steps > 0 && p > 1 && (tokens.get(p).is("de") || tokens.get(p).is("het"))) {
                    p--; // "fractievoorzitter van de Tweede Kamer Halbe Zijlstra"
                }
                if (steps > 0 && p > 0 && (tokens.get(p).is("van") || tokens.get(p).is("voor"))
                        && roles.read(tokens.get(p - 1).text()) != null) {
                    roleAt = p - 1;
                }
                if (roleAt < 0) {
                    roleAt = pluralRoleBeforeListOpener(k);
                }
            }
            while (roleAt >= 0) {
                RoleLexicon.Role role = roles.read(tokens.get(roleAt).text());
                boolean former = role.former() || (roleAt > 0 && roles.isFormerMarker(tokens.get(roleAt - 1).text()));
                f.roles.add(role.base());
                if (former) {
                    f.formerRoles.add(role.base());
                }
                if (role.party() != null && f.party == null) {
                    f.party = role.party();
                }
                f.pluralRole |= role.plural();
                // "Premier en VVD-leider Mark Rutte": two roles joined by "en"
                if (roleAt >= 2 && tokens.get(roleAt - 1).is("en") && roles.read(tokens.get(roleAt - 2).text()) != null) {
                    roleAt -= 2;
                } else {
                    roleAt = -1;
                }
            }
        }

        private void attachPartyAfter(Found f) {
            int q = f.to;
            if (q < tokens.size() && tokens.get(q).is("(")) {
                for (int r = q + 1; r < Math.min(tokens.size(), q + 8); r++) {
                    if (tokens.get(r).is(")")) {
                        f.after = r + 1;
                        break;
                    }
                    String party = partyAt.get(r);
                    if (party != null && f.party == null) {
                        f.party = party;
                    }
                    // "Ollongren (D66, demissionair minister van Binnenlandse Zaken)": a role after the comma
                    RoleLexicon.Role role = tokens.get(r - 1).is(",") || r == q + 1 ? roles.read(tokens.get(r).text()) : null;
                    if (role == null && r >= q + 3 && tokens.get(r - 2).is(",")) {
                        role = roles.read(tokens.get(r).text()); // one word before it: "(VVD, demissionair minister …)"
                    }
                    if (role != null && !role.plural() && !role.prospective()) {
                        f.roles.add(role.base());
                        if (role.former() || roles.isFormerMarker(tokens.get(r - 1).text())) {
                            f.formerRoles.add(role.base());
                        }
                    }
                }
            } else if (q + 1 < tokens.size() && tokens.get(q).is("van")) {
                int r = q + 1;
                if (tokens.get(r).is("de") || tokens.get(r).is("het")) {
                    r++;
                }
                if (r < tokens.size() && partyAt.containsKey(r) && f.party == null) {
                    f.party = partyAt.get(r);
                }
            }
        }

        /**
         * "Ernst Kuipers wordt de nieuwe minister van Volksgezondheid", "Dijkgraaf was directeur", "Franc Weerwind
         * (D66), beoogd minister voor Rechtsbescherming".
         */
        private void attachPredicateRole(Found f, boolean[] nameStarts) {
            PredicateRoles.Found p = predicates.copula(tokens, f.after);
            if (p == null) {
                p = predicates.apposition(tokens, f.after, t -> nameStarts[t]);
            }
            if (p != null && oneSentence(f.from, p.at() + 1)) {
                f.roles.add(p.role().base());
                if (p.past()) {
                    f.formerRoles.add(p.role().base());
                }
            }
        }

        /** "Kamerleden als Jeroen Recourt", "Kamerleden, onder wie Tjeerd de Groot": the plural role noun, or -1. */
        private int pluralRoleBeforeListOpener(int k) {
            for (int length = 2; length >= 1; length--) {
                int from = k - length + 1;
                if (from < 1) {
                    continue;
                }
                String opener = length == 1 ? lower(k) : lower(k - 1) + " " + lower(k);
                if (!listOpeners.contains(opener)) {
                    continue;
                }
                int r = tokens.get(from - 1).is(",") ? from - 2 : from - 1;
                RoleLexicon.Role role = r >= 0 ? roles.read(tokens.get(r).text()) : null;
                return role != null && role.plural() ? r : -1;
            }
            return -1;
        }

        private String lower(int t) {
            return tokens.get(t).text().toLowerCase(Locale.ROOT);
        }

        /** "de vicepremiers Sigrid Kaag (D66), Carola Schouten en Wopke Hoekstra": the plural role for all. */
        private void inheritListRoles() {
            for (int n = 1; n < found.size(); n++) {
                Found prev = found.get(n - 1);
                Found cur = found.get(n);
                if (!prev.pluralRole || !cur.roles.isEmpty()) {
                    continue;
                }
                boolean listed = true;
                for (int t = prev.after; t < cur.from; t++) {
                    if (!(tokens.get(t).is(",") || tokens.get(t).is("en"))) {
                        listed = false;
                        break;
                    }
                }
                if (listed && prev.after < cur.from) {
                    cur.roles.addAll(prev.roles);
                    cur.pluralRole = true;
                }
            }
        }

        private void emit() {
            List<Mention> mentions = new ArrayList<>();
            Map<String, List<Found>> byPerson = new LinkedHashMap<>();
            for (Found f : found) {
                Token first = tokens.get(f.from);
                Token last = tokens.get(f.to - 1);
                mentions.add(new Mention(first.begin(), last.end(), f.key, ActorType.PERSON,
                        f.surnameOnly ? MentionForm.SURNAME : MentionForm.NAME, f.from, f.to));
                byPerson.computeIfAbsent(f.key, k -> new ArrayList<>()).add(f);
            }
            List<PersonActor> persons = new ArrayList<>();
            byPerson.forEach((key, fs) -> persons.add(person(key, fs)));
            doc.add(ActorLayers.PERSON_MENTIONS, mentions);
            doc.add(ActorLayers.PERSONS, persons);
        }

        private PersonActor person(String key, List<Found> fs) {
            Person known = null;
            String textParty = null;
            Set<String> roleSet = new LinkedHashSet<>();
            Set<String> formerSet = new LinkedHashSet<>();
            for (Found f : fs) {
                formerSet.addAll(f.formerRoles);
                if (f.known != null) {
                    known = f.known;
                }
                if (textParty == null) {
                    textParty = f.party;
                }
                roleSet.addAll(f.roles);
            }
            String party = textParty;
            String partySource = textParty != null ? "text" : null;
            if (party == null && known != null) {
                party = known.partyOn(when).orElse(null);
                partySource = party != null ? "knowledge base" : null;
            }
            char gender = known != null ? known.gender() : '?';
            if (gender == '?') {
                char g = kb.firstNameGender(key.split("\\s+")[0]);
                gender = g == 'm' || g == 'f' ? g : '?';
            }
            formerSet.removeIf(r -> fs.stream().anyMatch(f -> f.roles.contains(r) && !f.formerRoles.contains(r)));
            return new PersonActor(key, party, partySource, List.copyOf(roleSet), List.copyOf(formerSet), gender,
                    known != null);
        }

        private String written(int from, int to) {
            StringBuilder s = new StringBuilder();
            for (int t = from; t < to; t++) {
                if (t > from) {
                    s.append(' ');
                }
                s.append(tokens.get(t).text());
            }
            return s.toString();
        }
    }

    static DateRange dateOf(Document doc) {
        try {
            return DateRange.parse(doc.article().date());
        } catch (IllegalArgumentException e) {
            return DateRange.ALWAYS;
        }
    }
}
