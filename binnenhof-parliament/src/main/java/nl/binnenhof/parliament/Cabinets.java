package nl.binnenhof.parliament;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.binnenhof.kb.Cabinet;
import nl.binnenhof.kb.KnowledgeBase;
import nl.binnenhof.kb.Office;
import nl.binnenhof.kb.Person;
import nl.binnenhof.kb.TsvTable;

/**
 * Which cabinet is in office on a day. The knowledge base gives each cabinet's coalition, period and members;
 * {@code cabinet-events.tsv} adds what happened during it (demissionair, a party leaving, gedoogsteun).
 */
final class Cabinets {
    private static final List<String> ROLE_ORDER = List.of("premier", "vicepremier", "minister", "staatssecretaris");

    private final KnowledgeBase kb;
    private final List<Cabinet> cabinets;
    private final Map<String, List<CabinetEvent>> eventsByCabinet;

    private Cabinets(KnowledgeBase kb, List<CabinetEvent> events) {
        this.kb = kb;
        this.cabinets = kb.cabinets().stream().sorted(Comparator.comparing(c -> c.period().from())).toList();
        this.eventsByCabinet = events.stream().sorted(Comparator.comparing(CabinetEvent::date))
                .collect(Collectors.groupingBy(CabinetEvent::cabinet));
        Set<String> names = cabinets.stream().map(Cabinet::name).collect(Collectors.toSet());
        for (String name : eventsByCabinet.keySet()) {
            if (!names.contains(name)) {
                throw new IllegalStateException("cabinet-events.tsv names cabinet '" + name
                        + "', which cabinets.tsv does not know");
            }
        }
    }

    static Cabinets load(KnowledgeBase kb, String resource) {
        TsvTable t = TsvTable.read(resource, "cabinet", "date", "event", "party", "source");
        List<CabinetEvent> events = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            try {
                events.add(new CabinetEvent(t.get(r, "cabinet"), LocalDate.parse(t.get(r, "date")),
                        CabinetEvent.Kind.parse(t.get(r, "event")), t.get(r, "party"), t.get(r, "source")));
            } catch (RuntimeException e) {
                throw new IllegalStateException(t.where(r) + ": " + e.getMessage(), e);
            }
        }
        return new Cabinets(kb, events);
    }

    List<Cabinet> all() {
        return cabinets;
    }

    /**
     * The cabinet in office on the day. A cabinet's period runs from its swearing-in up to the swearing-in of its
     * successor, so on that day the successor is the one in office.
     */
    Optional<CabinetInOffice> inOffice(LocalDate day) {
        for (Cabinet c : cabinets) {
            LocalDate from = c.period().from();
            LocalDate to = c.period().to();
            if (!day.isBefore(from) && (to == null || day.isBefore(to))) {
                return Optional.of(asOn(c, day));
            }
        }
        return Optional.empty();
    }

    private CabinetInOffice asOn(Cabinet c, LocalDate day) {
        Set<String> parties = new LinkedHashSet<>(c.parties());
        Set<String> support = new LinkedHashSet<>();
        LocalDate demissionair = null;
        List<CabinetEvent> happened = new ArrayList<>();
        for (CabinetEvent e : eventsByCabinet.getOrDefault(c.name(), List.of())) {
            if (e.date().isAfter(day)) {
                break;
            }
            happened.add(e);
            switch (e.kind()) {
                case DEMISSIONAIR -> demissionair = demissionair == null ? e.date() : demissionair;
                case PARTY_LEFT -> parties.remove(e.party());
                case SUPPORT_FROM -> support.add(e.party());
                case SUPPORT_ENDED -> support.remove(e.party());
            }
        }
        return new CabinetInOffice(day, c, List.copyOf(parties), List.copyOf(support), demissionair,
                posts(c.name(), day), happened);
    }

    private List<CabinetPost> posts(String cabinet, LocalDate day) {
        List<CabinetPost> posts = new ArrayList<>();
        for (Person p : kb.persons()) {
            for (Office o : p.offices()) {
                if (cabinet.equals(o.cabinet()) && heldOn(o, day)) {
                    posts.add(new CabinetPost(p.name(), o.role(), o.portfolio(), o.party()));
                }
            }
        }
        posts.sort(Comparator.comparingInt((CabinetPost m) -> rank(m.role())).thenComparing(CabinetPost::name));
        return posts;
    }

    /** Half-open like the cabinet's own period: a successor who starts on the day the other leaves is the holder. */
    private static boolean heldOn(Office o, LocalDate day) {
        LocalDate from = o.period().from();
        LocalDate to = o.period().to();
        return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
    }

    private static int rank(String role) {
        int i = ROLE_ORDER.indexOf(role);
        return i < 0 ? ROLE_ORDER.size() : i;
    }
}
