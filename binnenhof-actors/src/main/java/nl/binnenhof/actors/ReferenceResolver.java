package nl.binnenhof.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.binnenhof.kb.DateRange;
import nl.binnenhof.kb.KnowledgeBase;
import nl.binnenhof.kb.Office;
import nl.binnenhof.kb.Person;
import nl.binnenhof.text.Annotator;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Layer;
import nl.binnenhof.text.Lexicon;
import nl.binnenhof.text.Quotation;
import nl.binnenhof.text.Sentence;
import nl.binnenhof.text.Spans;
import nl.binnenhof.text.TextLayers;
import nl.binnenhof.text.Token;

/**
 * Resolves the references that stand for a person without naming them.
 * <ul>
 *   <li>Role nouns: "de premier", "de VVD-premier", "de CDA-leider". First a person the article itself
 *       gives that role, then a person named in the article who held it (per the knowledge base) on
 *       the article's date, then the one holder of it on that date.</li>
 *   <li>Personal pronouns (hij, hem, zij, ze, haar): the nearest person mentioned before, within two
 *       sentences, whose gender fits. Mentions inside quotations are another speaker's words and are
 *       passed over.</li>
 * </ul>
 */
public final class ReferenceResolver implements Annotator {
    private static final int SENTENCES_BACK = 3;
    /** How many words after "zij"/"ze" are searched for the verb that tells its number. */
    private static final int VERB_WINDOW = 3;
    private final KnowledgeBase kb;
    private final RoleLexicon roles;
    private final Map<String, Character> pronouns = new HashMap<>();
    private final Map<String, Character> genericNouns = new HashMap<>();
    private final Set<String> pluralVerbs = new HashSet<>(Lexicon.entries(ReferenceResolver.class, "plural-verbs.txt"));
    private final Set<String> clauseOpeners = new HashSet<>(Lexicon.entries(ReferenceResolver.class, "clause-openers.txt"));

    public ReferenceResolver(KnowledgeBase kb) {
        this.kb = kb;
        this.roles = new RoleLexicon(kb);
        for (String[] row : Lexicon.rows(ReferenceResolver.class, "pronouns.tsv")) {
            pronouns.put(row[0].strip(), row[1].strip().charAt(0));
        }
        for (String[] row : Lexicon.rows(ReferenceResolver.class, "generic-person-nouns.tsv")) {
            genericNouns.put(row[0].strip(), row[1].strip().charAt(0));
        }
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.TOKENS, TextLayers.LOWER_CASE, TextLayers.SENTENCES, TextLayers.QUOTATIONS,
                ActorLayers.PARTY_MENTIONS, ActorLayers.PERSON_MENTIONS, ActorLayers.PERSONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(ActorLayers.REFERENCES);
    }

    @Override
    public void annotate(Document doc) {
        List<Token> tokens = doc.get(TextLayers.TOKENS);
        List<String> lower = doc.get(TextLayers.LOWER_CASE);
        List<Mention> names = doc.get(ActorLayers.PERSON_MENTIONS);
        Map<String, PersonActor> persons = new HashMap<>();
        doc.get(ActorLayers.PERSONS).forEach(p -> persons.put(p.name(), p));
        boolean[] nameStarts = new boolean[tokens.size() + 1];
        names.forEach(m -> nameStarts[m.firstToken()] = true);
        List<Quotation> quotes = doc.get(TextLayers.QUOTATIONS);
        DateRange when = PersonFinder.dateOf(doc);

        Mention[] partyAt = new Mention[tokens.size()];
        doc.get(ActorLayers.PARTY_MENTIONS).forEach(m -> partyAt[m.firstToken()] = m);
        List<Mention> refs = new ArrayList<>();
        List<Mention> antecedents = new ArrayList<>(); // names and resolved roles, in text order
        int nameIndex = 0;
        for (int t = 0; t < tokens.size(); t++) {
            while (nameIndex < names.size() && names.get(nameIndex).firstToken() <= t) {
                Mention m = names.get(nameIndex++);
                if (!inQuote(quotes, m.begin())) {
                    antecedents.add(m);
                }
            }
            Token token = tokens.get(t);
            if (!token.isWord() || nameStarts[t] || nameStarts[t + 1]) {
                continue;
            }
            Mention ref = roleReference(tokens, lower, t, persons, antecedents, when);
            if (ref == null) {
                ref = memberReference(tokens, lower, t, partyAt[t], persons, antecedents);
            }
            if (ref == null) {
                ref = pronoun(doc, tokens, lower, t, persons, antecedents, quotes);
            }
            if (ref != null) {
                refs.add(ref);
                if (!inQuote(quotes, ref.begin())) { // a resolved "hij" carries its person on: "Hij zei … Rutte … . Hij zei"
                    antecedents.add(ref);
                }
            }
        }
        doc.add(ActorLayers.REFERENCES, refs);
    }

    private Mention roleReference(List<Token> tokens, List<String> lower, int t, Map<String, PersonActor> persons,
                                  List<Mention> antecedents, DateRange when) {
        if (t == 0 || !lower.get(t - 1).equals("de")) {
            return null;
        }
        RoleLexicon.Role role = roles.read(tokens.get(t).text(), null);
        if (role == null || role.plural() || role.former()) {
            return null;
        }
        String who = byTextRole(role, persons, antecedents);
        if (who == null && !role.prospective()) {
            // "de kandidaat-premier" is not whoever holds the office now
            who = byOffice(role, persons.keySet(), antecedents, when);
        }
        if (who == null && !role.prospective()) {
            Set<String> holders = new LinkedHashSet<>();
            roles.offices(role.base()).forEach(office -> kb.holders(office, role.party(), when).forEach(p -> holders.add(p.name())));
            who = holders.size() == 1 && !when.isAlways() ? holders.iterator().next() : null;
        }
        if (who == null) {
            return null;
        }
        Token first = tokens.get(t - 1);
        return new Mention(first.begin(), tokens.get(t).end(), who, ActorType.PERSON, MentionForm.ROLE, t - 1, t + 1);
    }

    /**
     * "zei de PvdA'er": a member noun after "de" stands for the last person named before of that party, as
     * "de premier" stands for the premier. Null when the text named none ("de PvdA'er" is then someone unnamed).
     */
    private static Mention memberReference(List<Token> tokens, List<String> lower, int t, Mention party,
                                           Map<String, PersonActor> persons, List<Mention> antecedents) {
        String word = lower.get(t);
        if (t == 0 || party == null || party.type() != ActorType.PARTY || !lower.get(t - 1).equals("de")
                || !(word.endsWith("'er") || word.endsWith("’er"))) {
            return null;
        }
        for (int i = antecedents.size() - 1; i >= 0; i--) {
            PersonActor p = persons.get(antecedents.get(i).actor());
            if (p != null && party.actor().equals(p.party())) {
                return new Mention(tokens.get(t - 1).begin(), tokens.get(t).end(), p.name(), ActorType.PERSON,
                        MentionForm.ROLE, t - 1, t + 1);
            }
        }
        return null;
    }

    private String byTextRole(RoleLexicon.Role role, Map<String, PersonActor> persons, List<Mention> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            PersonActor p = persons.get(before.get(i).actor());
            if (p != null && hasTextRole(p, role)) {
                return p.name();
            }
        }
        for (PersonActor p : persons.values()) {
            if (hasTextRole(p, role)) {
                return p.name();
            }
        }
        return null;
    }

    private boolean hasTextRole(PersonActor p, RoleLexicon.Role role) {
        return (role.party() == null || role.party().equals(p.party()))
                && p.roles().stream().anyMatch(held -> roles.covers(role.base(), held));
    }

    private String byOffice(RoleLexicon.Role role, Set<String> named, List<Mention> before, DateRange when) {
        String found = null;
        for (String name : named) {
            Person p = kb.person(name).orElse(null);
            if (p == null) {
                continue;
            }
            for (Office o : p.officesOn(when)) {
                if (roles.covers(role.base(), o.role()) && (role.party() == null || role.party().equals(o.party()))) {
                    if (found != null && !found.equals(name)) {
                        return latest(before, found, name);
                    }
                    found = name;
                }
            }
        }
        return found;
    }

    private static String latest(List<Mention> before, String a, String b) {
        for (int i = before.size() - 1; i >= 0; i--) {
            String actor = before.get(i).actor();
            if (actor.equals(a) || actor.equals(b)) {
                return actor;
            }
        }
        return null;
    }

    private Mention pronoun(Document doc, List<Token> tokens, List<String> lower, int t,
                            Map<String, PersonActor> persons, List<Mention> antecedents, List<Quotation> quotes) {
        String word = lower.get(t);
        Character gender = pronouns.get(word);
        int first = t;
        MentionForm form = MentionForm.PRONOUN;
        if (gender == null && t > 0 && tokens.get(t - 1).text().equalsIgnoreCase("de")) {
            gender = genericNouns.get(word); // "de politica"
            first = t - 1;
            form = MentionForm.ROLE;
        }
        if (gender == null || inQuote(quotes, tokens.get(t).begin()) || meansThey(lower, t)) {
            return null;
        }
        int limit = earliestOffset(doc, tokens.get(t).begin());
        int own = sentenceBegin(doc, tokens.get(t).begin());
        // in its own sentence a pronoun takes the nearest person before it; across a sentence boundary it
        // continues that sentence's subject, the first person named there ("Rutte sprak met Wilders. Hij …")
        Mention chosen = null;
        int chosenSentence = -1;
        for (int i = antecedents.size() - 1; i >= 0; i--) {
            Mention m = antecedents.get(i);
            if (m.begin() < limit) {
                break;
            }
            int sentence = sentenceBegin(doc, m.begin());
            if (chosen != null && sentence != chosenSentence) {
                break;
            }
            PersonActor p = persons.get(m.actor());
            char g = p != null ? p.gender() : genderOf(m.actor());
            if (g == '?' || gender == 'u' || g == gender) {
                chosen = m;
                chosenSentence = sentence;
                if (sentence == own) {
                    break;
                }
            }
        }
        return chosen == null ? null : new Mention(tokens.get(first).begin(), tokens.get(t).end(), chosen.actor(),
                ActorType.PERSON, form, first, t + 1);
    }

    /** "zij willen", "willen ze": a female pronoun beside a plural verb is the plural "they". */
    private boolean meansThey(List<String> lower, int t) {
        String pronoun = lower.get(t);
        if (!pronoun.equals("zij") && !pronoun.equals("ze")) {
            return false;
        }
        if (t > 0 && pluralVerb(lower.get(t - 1))) {
            return true;
        }
        String before = t > 0 ? lower.get(t - 1) : "";
        boolean opensClause = t == 0 || before.isEmpty() || !Character.isLetter(before.charAt(0)) || clauseOpeners.contains(before);
        if (!opensClause) {
            return false; // "laat ze weten": "weten" is an infinitive here, not the verb of "ze"
        }
        // a subordinate clause puts its verb after a few words: "dat zij liever willen"
        for (int next = t + 1; next < lower.size() && next <= t + VERB_WINDOW; next++) {
            String word = lower.get(next);
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
                return false;
            }
            if (pluralVerb(word)) {
                return true;
            }
        }
        return false;
    }

    private boolean pluralVerb(String word) {
        return pluralVerbs.contains(word)
                || word.length() >= 6 && (word.endsWith("den") || word.endsWith("ten")) && !word.endsWith("heden");
    }

    private static int sentenceBegin(Document doc, int offset) {
        List<Sentence> sentences = doc.get(TextLayers.SENTENCES);
        int s = Spans.lastAtOrBefore(sentences, offset);
        return s >= 0 ? sentences.get(s).begin() : 0;
    }

    private char genderOf(String name) {
        return kb.person(name).map(Person::gender).orElse('?');
    }

    private static int earliestOffset(Document doc, int offset) {
        List<Sentence> sentences = doc.get(TextLayers.SENTENCES);
        int s = Math.max(0, Spans.lastAtOrBefore(sentences, offset));
        return sentences.isEmpty() ? 0 : sentences.get(Math.max(0, s - SENTENCES_BACK)).begin();
    }

    /** Whether the offset lies inside a quotation; quotations are sorted by where they begin. */
    static boolean inQuote(List<Quotation> quotes, int offset) {
        int lo = 0;
        int hi = quotes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).contentBegin() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        // nested quotations lie inside an outer one that begins earlier: look back a few
        for (int i = lo - 1; i >= 0 && i >= lo - 4; i--) {
            Quotation q = quotes.get(i);
            if (q.contentBegin() <= offset && offset < q.contentEnd()) {
                return true;
            }
        }
        return false;
    }
}
