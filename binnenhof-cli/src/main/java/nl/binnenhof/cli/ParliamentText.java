package nl.binnenhof.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.binnenhof.parliament.Addition;
import nl.binnenhof.parliament.CabinetEvent;
import nl.binnenhof.parliament.CabinetInOffice;
import nl.binnenhof.parliament.CabinetPost;
import nl.binnenhof.parliament.Chamber;
import nl.binnenhof.parliament.ChamberCount;
import nl.binnenhof.parliament.CoalitionReport;
import nl.binnenhof.parliament.Composition;
import nl.binnenhof.parliament.Fractie;
import nl.binnenhof.parliament.SeatChange;

/** The readable output of {@code coalition} and {@code seats}. */
final class ParliamentText {
    private ParliamentText() {
    }

    static String coalition(CoalitionReport r, boolean withMembers) {
        StringBuilder s = new StringBuilder();
        s.append("Coalition ").append(String.join(" + ", r.parties())).append(" on ").append(r.day()).append('\n');
        s.append("Seats: ").append(r.basis()).append("\n\n");
        for (Chamber chamber : Chamber.values()) {
            ChamberCount c = r.count(chamber);
            s.append(String.format("  %-13s %3d of %-3d  majority %-2d  %-3s  (%s)%n", chamber.title(), c.seats(),
                    chamber.size(), c.majority(), c.hasMajority() ? "yes" : "no", perParty(c.perParty())));
        }
        s.append("\nMajority in both chambers: ").append(r.majorityInBoth() ? "yes" : "no").append('\n');
        s.append('\n').append(cabinet(r.cabinet().orElse(null), withMembers));
        s.append('\n').append(additions(r));
        if (!r.notes().isEmpty()) {
            s.append("\nNotes:\n");
            r.notes().forEach(n -> s.append("  - ").append(n).append('\n'));
        }
        return s.toString();
    }

    private static String perParty(Map<String, Integer> perParty) {
        return perParty.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String additions(CoalitionReport r) {
        StringBuilder s = new StringBuilder();
        String without = r.excluded().isEmpty() ? "" : " (without " + String.join(", ", r.excluded()) + ")";
        switch (r.additions().outcome()) {
            case NOT_NEEDED -> s.append("No parties need to be added: the coalition has a majority in both chambers.\n");
            case IMPOSSIBLE -> s.append("No set of the remaining parties").append(without)
                    .append(" gives a majority in both chambers.\n");
            case FOUND -> {
                int size = r.additions().size();
                s.append("Smallest additions for a majority in both chambers").append(without).append(": ")
                        .append(size).append(size == 1 ? " party" : " parties").append(", ")
                        .append(r.additions().found()).append(r.additions().found() == 1 ? " option" : " options");
                if (r.additions().shown().size() < r.additions().found()) {
                    s.append(", first ").append(r.additions().shown().size()).append(" shown (--limit)");
                }
                s.append(" — fewest added seats first\n");
                for (Addition a : r.additions().shown()) {
                    s.append(String.format("  + %-30s TK %3d (+%d)   EK %2d (+%d)%n", String.join(" + ", a.parties()),
                            a.tk(), a.addedTk(), a.ek(), a.addedEk()));
                }
            }
        }
        return s.toString();
    }

    static String cabinet(CabinetInOffice c, boolean withMembers) {
        if (c == null) {
            return "Cabinet in office: none known\n";
        }
        StringBuilder s = new StringBuilder("Cabinet in office: ").append(c.name()).append(" (")
                .append(String.join(", ", c.parties())).append("), premier ").append(c.cabinet().premier())
                .append(", sworn in ").append(c.cabinet().period().from());
        if (!c.members().isEmpty()) {
            s.append("; ").append(c.members().size()).append(" members");
        }
        s.append('\n');
        if (c.demissionair()) {
            s.append("  demissionair since ").append(c.demissionairSince()).append('\n');
        }
        List<String> left = c.events().stream().filter(e -> e.kind() == CabinetEvent.Kind.PARTY_LEFT)
                .map(e -> e.party() + " left " + e.date()).toList();
        if (!left.isEmpty()) {
            s.append("  formed by ").append(String.join(", ", c.cabinet().parties())).append("; ")
                    .append(String.join(", ", left)).append('\n');
        }
        if (!c.supportedBy().isEmpty()) {
            s.append("  gedoogsteun: ").append(String.join(", ", c.supportedBy())).append('\n');
        }
        if (withMembers) {
            posts(c).forEach((name, posts) -> s.append("  ").append(name).append(": ").append(posts).append('\n'));
        }
        return s.toString();
    }

    /** One line per member: "Mark Rutte (VVD)" → "premier (Algemene Zaken)". */
    private static Map<String, String> posts(CabinetInOffice c) {
        Map<String, List<String>> byMember = new LinkedHashMap<>();
        for (CabinetPost p : c.posts()) {
            String member = p.name() + (p.party().isEmpty() ? "" : " (" + p.party() + ")");
            byMember.computeIfAbsent(member, k -> new ArrayList<>())
                    .add(p.role() + (p.portfolio().isEmpty() ? "" : " " + p.portfolio()));
        }
        Map<String, String> lines = new LinkedHashMap<>();
        byMember.forEach((member, posts) -> lines.put(member, String.join("; ", posts)));
        return lines;
    }

    static String composition(Composition c, boolean asFracties, boolean withSources) {
        StringBuilder s = new StringBuilder();
        s.append(c.chamber().title()).append(": ")
                .append(asFracties ? "fracties: the results of the election of " : "zetels na de verkiezingen van ")
                .append(c.election()).append(" (installed ").append(c.installed()).append(")");
        if (asFracties) {
            s.append(" with ").append(c.changes().size()).append(" recorded seat change")
                    .append(c.changes().size() == 1 ? "" : "s");
        }
        s.append(", ").append(c.chamber().size()).append(" seats, majority ").append(c.chamber().majority()).append('\n');
        int width = Math.max(14, c.fracties().stream().mapToInt(f -> f.name().length()).max().orElse(0));
        for (Fractie f : c.fracties()) {
            s.append(String.format("  %-" + width + "s %3d", f.name(), f.seats()));
            if (f.isJoint()) {
                s.append("  (").append(f.seatsPerList().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(" + "))).append(", elected as separate lists)");
            }
            s.append('\n');
        }
        for (SeatChange change : c.changes()) {
            s.append("  ").append(change.date()).append("  ").append(change.from()).append(" -> ").append(change.to())
                    .append(" (").append(change.seats()).append(": ").append(String.join(", ", change.members()))
                    .append(")\n");
        }
        if (withSources) {
            s.append("  Sources:\n");
            c.sources().forEach(src -> s.append("    ").append(src).append('\n'));
        }
        return s.toString();
    }
}
