package nl.binnenhof.server.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.binnenhof.events.dossiers.ActorPosition;
import nl.binnenhof.events.dossiers.Dossier;
import nl.binnenhof.events.dossiers.TimelineEntry;
import nl.binnenhof.events.topics.CapTopic;
import nl.binnenhof.server.dossiers.DossierCatalog;

/** Dossiers as the API writes them: a summary for lists, and the whole dossier with its position matrix. */
final class DossierViews {
    /** The most targets a matrix shows as columns; the others are counted. */
    static final int MATRIX_TARGETS = 15;
    static final int SUMMARY_PARTICIPANTS = 6;

    private DossierViews() {
    }

    /**
     * A dossier in a list.
     *
     * @param from         the date of its earliest article (YYYY-MM-DD), or null when none is dated
     * @param articles     how many articles it groups
     * @param events       how many negotiation events its timeline has
     * @param positions    how many stances of its actors it records
     * @param participants its most frequent actors, with the number of its articles naming each
     */
    public record Summary(String id, String title, CapTopic topic, String from, String to, int articles, int events,
                          int positions, List<Dossier.ActorCount> participants) {
        static Summary of(Dossier d) {
            return new Summary(d.id(), d.title(), d.topic(), firstDay(d), lastDay(d), d.articles().size(), d.timeline().size(),
                    d.positions().size(), d.participants().stream().limit(SUMMARY_PARTICIPANTS).toList());
        }
    }

    /**
     * A whole dossier.
     *
     * @param articles the articles it groups, in order of time
     * @param timeline its negotiation events in order of date, each with its evidence
     * @param matrix   the stances of its actors on the targets they take positions on
     */
    public record Detail(String id, String title, CapTopic topic, String from, String to,
                         List<DossierCatalog.ArticleRef> articles, List<Dossier.ActorCount> participants,
                         List<Event> timeline, PositionMatrix matrix) {
        static Detail of(Dossier d, Map<String, DossierCatalog.ArticleRef> headlines) {
            return new Detail(d.id(), d.title(), d.topic(), firstDay(d), lastDay(d),
                    d.articles().stream().map(a -> headlines.getOrDefault(a, new DossierCatalog.ArticleRef(a, null,
                            null))).toList(), d.participants(), d.timeline().stream().map(Event::of).toList(),
                    PositionMatrix.of(d.positions()));
        }
    }

    /**
     * One event on a dossier's timeline.
     *
     * @param type          the kind of event (started, stalled, deal, proposal rejected, deadline, ...)
     * @param date          the date as resolved ("2023-07-07", "2023-W27", ...), with its precision and range
     * @param dateText      the date expression of the evidence, or null when the date is the article's
     * @param evidence      the sentence that reports it, at sentenceBegin..sentenceEnd of the article's text
     * @param hypothetical  whether the sentence only considers it (a threat, a condition)
     */
    public record Event(String articleId, String type, String date, String precision, String earliest,
                        String latest, String dateText, String cue, List<String> participants, boolean hypothetical,
                        String evidence, int sentenceBegin, int sentenceEnd) {
        static Event of(TimelineEntry e) {
            return new Event(e.articleId(), e.type().label(), e.date().value(), e.date().precision().label(),
                    e.date().earliest() == null ? null : e.date().earliest().toString(),
                    e.date().latest() == null ? null : e.date().latest().toString(), e.dateText(), e.cue(),
                    e.participants(), e.hypothetical(), e.evidence(), e.sentenceBegin(), e.sentenceEnd());
        }
    }

    /**
     * Actors by targets: who supports or opposes what in the dossier.
     *
     * @param actors        the rows, most stances first
     * @param targets       the columns, most stances first, at most {@value DossierViews#MATRIX_TARGETS}
     * @param cells         the stances of an actor on a target, for the cells that have any
     * @param otherTargets  targets left out of the columns
     */
    public record PositionMatrix(List<String> actors, List<String> targets, List<Cell> cells, int otherTargets) {
        static PositionMatrix of(List<ActorPosition> positions) {
            List<String> targets = ranked(positions.stream().map(ActorPosition::target).toList());
            List<String> shown = targets.subList(0, Math.min(MATRIX_TARGETS, targets.size()));
            Map<String, Cell> cells = new LinkedHashMap<>();
            List<String> actors = new ArrayList<>();
            for (ActorPosition p : positions) {
                if (shown.contains(p.target())) {
                    actors.add(p.actor());
                    cells.computeIfAbsent(p.actor() + "\t" + p.target(), k -> new Cell(p.actor(), p.target(),
                            new ArrayList<>())).stances().add(new Stance(p.polarity(), p.articleId(), p.evidence()));
                }
            }
            return new PositionMatrix(ranked(actors), List.copyOf(shown), List.copyOf(cells.values()),
                    targets.size() - shown.size());
        }

        private static List<String> ranked(List<String> values) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            values.forEach(v -> counts.merge(v, 1, Integer::sum));
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).toList();
        }
    }

    /** The stances of one actor on one target. */
    public record Cell(String actor, String target, List<Stance> stances) {
    }

    /** @param polarity support or oppose */
    public record Stance(String polarity, String articleId, String evidence) {
    }

    private static String firstDay(Dossier d) {
        return d.period() == null ? null : d.period().from().toString();
    }

    private static String lastDay(Dossier d) {
        return d.period() == null ? null : d.period().to().toString();
    }
}
