package nl.binnenhof.cli;

import java.util.List;
import java.util.stream.Collectors;

import nl.binnenhof.actors.PersonActor;
import nl.binnenhof.analysis.ArticleAnalysis;
import nl.binnenhof.positions.Position;
import nl.binnenhof.quotes.Quote;
import nl.binnenhof.read.Article;

/** The readable, one-screen summary of an analysed article. */
final class Summaries {
    private static final int MAX_QUOTE = 110;

    private Summaries() {
    }

    static String readable(ArticleAnalysis a) {
        Article article = a.document().article();
        StringBuilder s = new StringBuilder();
        s.append("== ").append(article.id());
        if (article.date() != null) {
            s.append("  (").append(article.date()).append(')');
        }
        s.append('\n');
        s.append("Persons   ").append(a.persons().isEmpty() ? "-" : a.persons().stream().map(Summaries::person)
                .collect(Collectors.joining("; "))).append('\n');
        s.append("Parties   ").append(a.parties().isEmpty() ? "-" : String.join(", ", a.parties())).append('\n');
        if (!a.organisations().isEmpty()) {
            s.append("Orgs      ").append(String.join(", ", a.organisations())).append('\n');
        }
        quotes(s, "Quotes", a.quotes());
        quotes(s, "Indirect", a.indirectQuotes());
        if (!a.positions().isEmpty()) {
            s.append("Positions (").append(a.positions().size()).append(")\n");
            for (Position p : a.positions()) {
                s.append("  ").append(p.actor()).append(p.polarity() == Position.Polarity.SUPPORT ? "  + " : "  − ")
                        .append(p.target()).append('\n');
            }
        }
        s.append('\n');
        return s.toString();
    }

    private static String person(PersonActor p) {
        StringBuilder s = new StringBuilder(p.name());
        List<String> facts = new java.util.ArrayList<>();
        if (p.party() != null) {
            facts.add(p.party());
        }
        facts.addAll(p.roles());
        if (!facts.isEmpty()) {
            s.append(" (").append(String.join(", ", facts)).append(')');
        }
        return s.toString();
    }

    private static void quotes(StringBuilder s, String label, List<Quote> quotes) {
        if (quotes.isEmpty()) {
            return;
        }
        s.append(label).append(" (").append(quotes.size()).append(")\n");
        for (Quote q : quotes) {
            String who = q.speaker() == null ? "?" : q.speaker();
            String cue = q.cue() == null ? "" : " [" + q.cue() + "]";
            String text = q.text().replaceAll("\\s+", " ").strip();
            if (text.length() > MAX_QUOTE) {
                text = text.substring(0, MAX_QUOTE - 1) + "…";
            }
            s.append("  ").append(who).append(cue).append(": “").append(text).append("”\n");
        }
    }
}
