package nl.binnenhof.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.binnenhof.actors.ActorLayers;
import nl.binnenhof.actors.ActorType;
import nl.binnenhof.actors.Mention;
import nl.binnenhof.actors.MentionForm;
import nl.binnenhof.quotes.Quote;
import nl.binnenhof.quotes.QuoteLayers;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Lexicon;

/**
 * The actors a sentence names, for the participants of its events: persons by name, surname, role noun or
 * pronoun (as the actor stage resolved them), parties, and organisations other than the press that reports
 * ("zo melden bronnen aan de NOS"). A party prefix that belongs to a person ("CDA-minister Hugo de Jonge")
 * is part of that person's description, not a participant of its own. When the event is told inside a
 * quote, its speaker takes part too.
 */
final class ParticipantFinder {
    /** Kinds of organisation in the actor stage's {@code organisations.tsv} that report rather than act. */
    private static final Set<String> REPORTING_KINDS = Set.of("media", "research");

    private final Set<String> reporters;

    ParticipantFinder() {
        // one source of truth for organisations: the actor stage's lexicon, read here for its kind column
        reporters = Lexicon.rows(ParticipantFinder.class, "/nl/binnenhof/actors/organisations.tsv").stream()
                .filter(row -> row.length > 2 && REPORTING_KINDS.contains(row[2].strip()))
                .map(row -> row[1].strip()).collect(Collectors.toUnmodifiableSet());
    }

    /** The mentions of one article that can name a participant, in text order. Per-article state. */
    final class Scan {
        private final List<Mention> mentions = new ArrayList<>();
        private final List<Quote> quotes = new ArrayList<>();

        Scan(Document doc) {
            List<Mention> persons = new ArrayList<>(doc.get(ActorLayers.PERSON_MENTIONS));
            persons.addAll(doc.get(ActorLayers.REFERENCES));
            mentions.addAll(persons);
            for (Mention party : doc.get(ActorLayers.PARTY_MENTIONS)) {
                if (party.form() != MentionForm.PREFIX || !describesPerson(party, persons)) {
                    mentions.add(party);
                }
            }
            for (Mention org : doc.get(ActorLayers.ORGANISATION_MENTIONS)) {
                if (!reporters.contains(org.actor())) {
                    mentions.add(org);
                }
            }
            mentions.sort(Comparator.comparingInt(Mention::begin));
            quotes.addAll(doc.get(QuoteLayers.QUOTES));
            quotes.addAll(doc.get(QuoteLayers.INDIRECT_QUOTES));
        }

        /** The participants named in {@code begin..end}, each once, and the speaker of a quote around {@code cue}. */
        List<Participant> in(int begin, int end, int cue) {
            Map<String, Participant> found = new LinkedHashMap<>();
            for (Mention m : mentions) {
                if (m.begin() >= begin && m.end() <= end) {
                    found.putIfAbsent(m.actor(), new Participant(m.actor(), m.type(), via(m)));
                }
            }
            for (Quote q : quotes) {
                if (q.speaker() != null && q.contentBegin() <= cue && cue < q.contentEnd()) {
                    found.putIfAbsent(q.speaker(), new Participant(q.speaker(), q.speakerType(), "speaker"));
                }
            }
            return List.copyOf(found.values());
        }
    }

    Scan scan(Document doc) {
        return new Scan(doc);
    }

    private static boolean describesPerson(Mention party, List<Mention> persons) {
        for (Mention p : persons) {
            boolean right = p.firstToken() >= party.firstToken() && p.firstToken() <= party.endToken();
            boolean around = p.firstToken() <= party.firstToken() && party.endToken() <= p.endToken();
            if (right || around) {
                return true;
            }
        }
        return false;
    }

    private static String via(Mention m) {
        if (m.type() == ActorType.PARTY && m.form() == MentionForm.NAME) {
            return "name";
        }
        return m.form().name().toLowerCase(Locale.ROOT);
    }
}
