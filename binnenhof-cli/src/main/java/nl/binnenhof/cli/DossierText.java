package nl.binnenhof.cli;

import java.util.List;
import java.util.stream.Collectors;

import nl.binnenhof.events.dossiers.Dossier;
import nl.binnenhof.events.dossiers.TimelineEntry;

/** The readable form of a dossier: what, who, when, and its timeline with the source of each event. */
final class DossierText {
    private static final int PARTICIPANTS_SHOWN = 8;
    private static final int EVIDENCE_SHOWN = 90;

    private DossierText() {
    }

    static String readable(Dossier d) {
        StringBuilder s = new StringBuilder();
        s.append("== ").append(d.id()).append("  ").append(d.title()).append('\n');
        s.append("   Articles      ").append(String.join(", ", d.articles())).append('\n');
        s.append("   Participants  ").append(d.participants().isEmpty() ? "-" : d.participants().stream()
                .limit(PARTICIPANTS_SHOWN).map(c -> c.actor() + " (" + c.articles() + ")")
                .collect(Collectors.joining(", "))).append('\n');
        s.append("   Timeline").append(d.timeline().isEmpty() ? "      -" : "").append('\n');
        for (TimelineEntry e : d.timeline()) {
            s.append(String.format("     %-24s %-18s %-28s %s%n", when(e), e.type().label() + (e.hypothetical() ? "?" : ""),
                    participants(e.participants()), e.articleId()));
            s.append("       “").append(shorten(e.evidence())).append("”\n");
        }
        s.append("   Positions     ").append(d.positions().isEmpty() ? "- (from the positions stage)" : "").append('\n');
        d.positionsByActor().forEach((actor, byTarget) -> byTarget.forEach((target, stances) ->
                s.append("     ").append(actor).append(" on ").append(target).append(": ")
                        .append(stances.stream().map(p -> p.polarity()).collect(Collectors.joining(", "))).append('\n')));
        s.append('\n');
        return s.toString();
    }

    /** The date as known, with the weekday or part of the day when the text names one. */
    private static String when(TimelineEntry e) {
        String value = e.date().value() == null ? "undated" : e.date().value();
        if (!e.date().exact() && e.dateText() != null) {
            value += " (" + e.dateText() + ")";
        }
        return value;
    }

    private static String participants(List<String> actors) {
        String joined = String.join(", ", actors);
        return joined.length() > 28 ? joined.substring(0, 27) + "…" : joined;
    }

    private static String shorten(String sentence) {
        String flat = sentence.replaceAll("\\s+", " ").strip();
        return flat.length() > EVIDENCE_SHOWN ? flat.substring(0, EVIDENCE_SHOWN - 1) + "…" : flat;
    }
}
