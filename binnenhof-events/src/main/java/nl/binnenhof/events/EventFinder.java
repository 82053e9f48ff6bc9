package nl.binnenhof.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.binnenhof.actors.ActorLayers;
import nl.binnenhof.events.EventCues.Cue;
import nl.binnenhof.events.WordPattern.Match;
import nl.binnenhof.events.dates.ArticleDate;
import nl.binnenhof.events.dates.DateExpression;
import nl.binnenhof.events.dates.DateLayers;
import nl.binnenhof.events.dates.DateMention;
import nl.binnenhof.events.words.LowerCaseWords;
import nl.binnenhof.quotes.QuoteLayers;
import nl.binnenhof.text.Annotator;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Layer;
import nl.binnenhof.text.Sentence;
import nl.binnenhof.text.TextLayers;
import nl.binnenhof.text.Token;

/**
 * Finds negotiation events sentence by sentence from the cues of {@code event-cues.tsv}, at most one event
 * of a type per sentence. Each event gets its participants (the actors the sentence names, pronouns
 * resolved), the sentence as evidence, and a date: the date expression nearest the cue in the same
 * sentence, else the article's date with its precision. A cue with "niet", "geen" or "nooit" just before
 * it is negated; a sentence of condition or threat makes the event hypothetical, as does a cue in an
 * infinitive ("het kabinet te laten vallen").
 */
public final class EventFinder implements Annotator {
    private static final Set<String> NEGATIONS = Set.of("niet", "geen", "nooit");
    private static final int NEGATION_REACH = 3;

    private final EventCues cues = new EventCues();
    private final ParticipantFinder participants = new ParticipantFinder();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.TOKENS, TextLayers.LOWER_CASE, TextLayers.SENTENCES, ActorLayers.PERSON_MENTIONS, ActorLayers.PARTY_MENTIONS,
                ActorLayers.ORGANISATION_MENTIONS, ActorLayers.REFERENCES, QuoteLayers.QUOTES,
                QuoteLayers.INDIRECT_QUOTES, DateLayers.DATES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(EventLayers.EVENTS);
    }

    @Override
    public void annotate(Document doc) {
        List<Token> tokens = doc.get(TextLayers.TOKENS);
        LowerCaseWords lower = new LowerCaseWords(doc);
        Map<Integer, List<DateExpression>> datesBySentence = new HashMap<>();
        for (DateExpression d : doc.get(DateLayers.DATES)) {
            datesBySentence.computeIfAbsent(d.sentence(), k -> new ArrayList<>()).add(d);
        }
        ArticleDate articleDate = ArticleDate.of(doc.article().date());
        ParticipantFinder.Scan scan = participants.scan(doc);
        List<NegotiationEvent> events = new ArrayList<>();
        for (Sentence s : doc.get(TextLayers.SENTENCES)) {
            Map<EventType, Match> found = cuesIn(lower, s);
            if (found.containsKey(EventType.CONTINUED)) {
                found.remove(EventType.STARTED); // "gaat verder onderhandelen" goes on, it does not begin
            }
            for (Map.Entry<EventType, Match> e : found.entrySet()) {
                Match m = e.getValue();
                int begin = tokens.get(m.first()).begin();
                int end = tokens.get(m.last()).end();
                StringBuilder cue = new StringBuilder();
                for (int t : m.tokens()) {
                    cue.append(cue.isEmpty() ? "" : " ").append(tokens.get(t).text());
                }
                DateExpression date = nearest(datesBySentence.getOrDefault(s.index(), List.of()), begin, doc.text());
                boolean hypothetical = cues.hypothetical(lower, s.firstToken(), s.endToken())
                        || infinitive(lower, m, s);
                events.add(new NegotiationEvent(begin, end, e.getKey(), cue.toString(), s.begin(), s.end(),
                        scan.in(s.begin(), s.end(), begin), date == null ? articleDate.value() : date.value(),
                        date == null ? null : date.text(), hypothetical, 0));
            }
        }
        events.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin())
                : a.type().compareTo(b.type()));
        List<NegotiationEvent> indexed = new ArrayList<>(events.size());
        for (NegotiationEvent e : events) {
            indexed.add(new NegotiationEvent(e.begin(), e.end(), e.type(), e.cue(), e.sentenceBegin(), e.sentenceEnd(),
                    e.participants(), e.date(), e.dateText(), e.hypothetical(), indexed.size()));
        }
        doc.add(EventLayers.EVENTS, indexed);
    }

    /** The first matching cue of every type in the sentence, in the order of the lexicon. */
    private Map<EventType, Match> cuesIn(LowerCaseWords lower, Sentence s) {
        Map<EventType, Match> found = new LinkedHashMap<>();
        Match[] matches = cues.matches(lower, s.firstToken(), s.endToken());
        Boolean negotiating = null;
        for (int i = 0; i < matches.length; i++) {
            Cue cue = cues.cues.get(i);
            Match m = matches[i];
            if (m == null || found.containsKey(cue.type()) || negated(lower, m, s)) {
                continue;
            }
            if (cue.needsContext()) {
                if (negotiating == null) {
                    negotiating = cues.speaksOfNegotiating(lower, s.firstToken(), s.endToken());
                }
                if (!negotiating) {
                    continue;
                }
            }
            found.put(cue.type(), m);
        }
        return found;
    }

    /** "niet", "geen" or "nooit" shortly before or inside the cue, unless it is part of the cue itself. */
    private static boolean negated(LowerCaseWords lower, Match m, Sentence s) {
        for (int t = Math.max(s.firstToken(), m.first() - NEGATION_REACH); t <= m.last(); t++) {
            if (NEGATIONS.contains(lower.get(t)) && !partOf(m, t)) {
                return true;
            }
        }
        return false;
    }

    /** "het kabinet te laten vallen", "tot een akkoord te komen": an aim or a threat, not a fact. */
    private static boolean infinitive(LowerCaseWords lower, Match m, Sentence s) {
        for (int t = Math.max(s.firstToken(), m.first() - 1); t <= Math.min(s.endToken() - 1, m.last() + 1); t++) {
            if (lower.is(t, "te") && !partOf(m, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bare year says when something happened only after "in" ("in 2021"); "de plannen voor 2014" and
     * "67 jaar in 2024 … na 2024" name a budget year or a target.
     */
    private static boolean timesAnEvent(DateExpression d, String text) {
        if (!(d.mention() instanceof DateMention.YearNumber y) || y.phase() != null || y.season() != null) {
            return true;
        }
        int end = d.begin();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end >= 2 && text.regionMatches(true, end - 2, "in", 0, 2)
                && (end == 2 || !Character.isLetter(text.charAt(end - 3)));
    }

    private static boolean partOf(Match m, int token) {
        for (int t : m.tokens()) {
            if (t == token) {
                return true;
            }
        }
        return false;
    }

    private static DateExpression nearest(List<DateExpression> dates, int offset, String text) {
        DateExpression best = null;
        for (DateExpression d : dates) {
            if (!timesAnEvent(d, text)) {
                continue;
            }
            if (best == null || Math.abs(d.begin() - offset) < Math.abs(best.begin() - offset)) {
                best = d;
            }
        }
        return best;
    }
}
