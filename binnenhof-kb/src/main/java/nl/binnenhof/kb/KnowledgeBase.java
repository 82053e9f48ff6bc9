package nl.binnenhof.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Facts about Dutch national politics since 2010: parties, persons with their party memberships and
 * offices, cabinets and seats. Loaded once from the tab-separated files under
 * {@code /nl/binnenhof/kb/} (each row names its source) and immutable afterwards, so one instance serves
 * every thread.
 */
public final class KnowledgeBase {
    private static final String DIR = "/nl/binnenhof/kb/";
    private static volatile KnowledgeBase bundled;

    private final Map<String, Party> parties;
    private final Map<String, String> partyByAlias;
    private final Map<String, Person> persons;
    private final List<Cabinet> cabinets;
    private final List<SeatResult> seats;
    private final Map<String, Character> firstNames;
    /** Who ever held each role: "de premier" is asked for in every other article. */
    private final Map<String, List<Person>> personsByRole;

    private KnowledgeBase(Map<String, Party> parties, Map<String, Person> persons, List<Cabinet> cabinets,
                          List<SeatResult> seats, Map<String, Character> firstNames) {
        this.parties = Map.copyOf(parties);
        this.persons = Map.copyOf(persons);
        this.cabinets = List.copyOf(cabinets);
        this.seats = List.copyOf(seats);
        this.firstNames = Map.copyOf(firstNames);
        Map<String, String> aliases = new HashMap<>();
        for (Party p : parties.values()) {
            aliases.put(p.key(), p.key());
            aliases.put(p.name(), p.key());
            p.aliases().forEach(a -> aliases.putIfAbsent(a, p.key()));
        }
        this.partyByAlias = Map.copyOf(aliases);
        Map<String, List<Person>> byRole = new HashMap<>();
        for (Person p : this.persons.values()) { // the map's own order, which holders() has always kept
            p.offices().stream().map(Office::role).distinct()
                    .forEach(role -> byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(p));
        }
        this.personsByRole = Map.copyOf(byRole);
    }

    /** The knowledge base that ships with Binnenhof, loaded on first use. */
    public static KnowledgeBase bundled() {
        KnowledgeBase kb = bundled;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                if (bundled == null) {
                    bundled = load();
                }
                kb = bundled;
            }
        }
        return kb;
    }

    static KnowledgeBase load() {
        Map<String, Party> parties = loadParties();
        Map<String, PersonBuilder> builders = new LinkedHashMap<>();
        for (String part : parts()) {
            loadPersons(DIR + "persons-" + part + ".tsv", builders);
            loadAffiliations(DIR + "affiliations-" + part + ".tsv", builders, parties);
            loadOffices(DIR + "offices-" + part + ".tsv", builders, parties);
        }
        Map<String, Person> persons = new LinkedHashMap<>();
        builders.forEach((name, b) -> persons.put(name, b.build()));
        return new KnowledgeBase(parties, persons, loadCabinets(), loadSeats(), loadFirstNames());
    }

    /** The person files come in parts (cabinets, parliament, ...), listed in {@code parts.tsv}. */
    private static List<String> parts() {
        TsvTable t = TsvTable.read(DIR + "parts.tsv", "part");
        List<String> parts = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            parts.add(t.get(r, "part"));
        }
        return parts;
    }

    private static Map<String, Party> loadParties() {
        TsvTable t = TsvTable.read(DIR + "parties.tsv", "key", "name", "aliases");
        Map<String, Party> parties = new LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            String key = t.get(r, "key");
            parties.put(key, new Party(key, t.get(r, "name"), t.list(r, "aliases"), t.list(r, "adjective_prefixes"),
                    t.period(r, "from", "to")));
        }
        return parties;
    }

    private static final class PersonBuilder {
        final String name;
        char gender = '?';
        final Set<String> aliases = new LinkedHashSet<>();
        final List<Affiliation> affiliations = new ArrayList<>();
        final List<Office> offices = new ArrayList<>();

        PersonBuilder(String name) {
            this.name = name;
        }

        Person build() {
            List<Affiliation> memberships = new ArrayList<>(affiliations);
            if (memberships.isEmpty()) {
                for (Office o : offices) {
                    if (!o.party().isEmpty()) {
                        memberships.add(new Affiliation(o.party(), o.period(), o.source()));
                    }
                }
            }
            // by start, an open start first; on a tie the one that ended before the open-ended one
            memberships.sort((a, b) -> {
                int byStart = compare(a.period().from(), b.period().from());
                return byStart != 0 ? byStart : compareEnds(a.period().to(), b.period().to());
            });
            return new Person(name, gender, List.copyOf(aliases), List.copyOf(memberships), List.copyOf(offices));
        }

        /** Ends compared, an open end (still a member) last. */
        private static int compareEnds(LocalDate a, LocalDate b) {
            if (a == null || b == null) {
                return a == null ? (b == null ? 0 : 1) : -1;
            }
            return a.compareTo(b);
        }

        private static int compare(LocalDate a, LocalDate b) {
            if (a == null || b == null) {
                return a == null ? (b == null ? 0 : -1) : 1;
            }
            return a.compareTo(b);
        }
    }

    private static PersonBuilder builder(Map<String, PersonBuilder> builders, String name, TsvTable t, int row) {
        if (name.isEmpty()) {
            throw new IllegalStateException(t.where(row) + ": no name");
        }
        return builders.computeIfAbsent(name, PersonBuilder::new);
    }

    private static void loadPersons(String resource, Map<String, PersonBuilder> builders) {
        if (!TsvTable.exists(resource)) {
            return;
        }
        TsvTable t = TsvTable.read(resource, "name", "gender", "aliases");
        for (int r = 0; r < t.size(); r++) {
            PersonBuilder b = builder(builders, t.get(r, "name"), t, r);
            String g = t.get(r, "gender").toLowerCase(Locale.ROOT);
            if (g.equals("m") || g.equals("f")) {
                b.gender = g.charAt(0);
            }
            b.aliases.addAll(t.list(r, "aliases"));
        }
    }

    private static void loadAffiliations(String resource, Map<String, PersonBuilder> builders,
                                         Map<String, Party> parties) {
        if (!TsvTable.exists(resource)) {
            return;
        }
        TsvTable t = TsvTable.read(resource, "name", "party", "from", "to");
        for (int r = 0; r < t.size(); r++) {
            PersonBuilder b = builder(builders, t.get(r, "name"), t, r);
            String party = t.get(r, "party");
            if (party.isEmpty()) {
                continue;
            }
            checkParty(parties, party, t, r);
            Affiliation a = new Affiliation(party, t.period(r, "from", "to"), t.get(r, "source"));
            if (!b.affiliations.contains(a)) {
                b.affiliations.add(a);
            }
        }
    }

    private static void loadOffices(String resource, Map<String, PersonBuilder> builders, Map<String, Party> parties) {
        if (!TsvTable.exists(resource)) {
            return;
        }
        TsvTable t = TsvTable.read(resource, "name", "role", "from", "to");
        for (int r = 0; r < t.size(); r++) {
            PersonBuilder b = builder(builders, t.get(r, "name"), t, r);
            String party = t.get(r, "party");
            if (!party.isEmpty()) {
                checkParty(parties, party, t, r);
            }
            b.offices.add(new Office(t.get(r, "role").toLowerCase(Locale.ROOT), t.get(r, "portfolio"), party,
                    t.get(r, "cabinet"), t.period(r, "from", "to"), t.get(r, "source")));
        }
    }

    private static void checkParty(Map<String, Party> parties, String party, TsvTable t, int row) {
        if (!parties.containsKey(party)) {
            throw new IllegalStateException(t.where(row) + ": party '" + party + "' is not a key in parties.tsv");
        }
    }

    private static List<Cabinet> loadCabinets() {
        TsvTable t = TsvTable.read(DIR + "cabinets.tsv", "name", "parties", "from", "to");
        List<Cabinet> cabinets = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            cabinets.add(new Cabinet(t.get(r, "name"), t.list(r, "parties"), t.period(r, "from", "to"),
                    t.get(r, "premier"), t.get(r, "source")));
        }
        return cabinets;
    }

    private static List<SeatResult> loadSeats() {
        if (!TsvTable.exists(DIR + "seats.tsv")) {
            return List.of();
        }
        TsvTable t = TsvTable.read(DIR + "seats.tsv", "chamber", "election", "party", "seats");
        List<SeatResult> seats = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            seats.add(new SeatResult(t.get(r, "chamber"), LocalDate.parse(t.get(r, "election")), t.get(r, "party"),
                    Integer.parseInt(t.get(r, "seats")), t.get(r, "source")));
        }
        return seats;
    }

    private static Map<String, Character> loadFirstNames() {
        Map<String, Character> names = new HashMap<>();
        if (!TsvTable.exists(DIR + "firstnames.tsv")) {
            return names;
        }
        TsvTable t = TsvTable.read(DIR + "firstnames.tsv", "name", "gender");
        for (int r = 0; r < t.size(); r++) {
            String g = t.get(r, "gender").toLowerCase(Locale.ROOT);
            names.put(t.get(r, "name"), g.isEmpty() ? '?' : g.charAt(0));
        }
        return names;
    }

    public Collection<Party> parties() {
        return parties.values();
    }

    public Optional<Party> party(String key) {
        return Optional.ofNullable(parties.get(key));
    }

    /** The canonical key of a party name or alias written exactly so, if it is one. */
    public Optional<String> partyKey(String written) {
        return Optional.ofNullable(partyByAlias.get(written));
    }

    public Collection<Person> persons() {
        return persons.values();
    }

    public Optional<Person> person(String canonicalName) {
        return Optional.ofNullable(persons.get(canonicalName));
    }

    public List<Cabinet> cabinets() {
        return cabinets;
    }

    public List<SeatResult> seats() {
        return seats;
    }

    /** Whether a given name is a known first name. */
    public boolean isFirstName(String name) {
        return firstNames.containsKey(name);
    }

    /** 'm', 'f', 'u' (either) or '?' (unknown name). */
    public char firstNameGender(String name) {
        return firstNames.getOrDefault(name, '?');
    }

    /** Persons who held the role (for the party, when given) at some time in the range. */
    public List<Person> holders(String role, String party, DateRange when) {
        List<Person> found = new ArrayList<>();
        for (Person p : personsByRole.getOrDefault(role, List.of())) {
            for (Office o : p.offices()) {
                if (o.role().equals(role) && (party == null || party.equals(o.party())) && o.period().overlaps(when)) {
                    found.add(p);
                    break;
                }
            }
        }
        return found;
    }
}
