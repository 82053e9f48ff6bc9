package nl.binnenhof.parliament;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Both chambers on one day, as parties that can join a coalition. A fractie is one party; the parts of a joint
 * fractie are one party in both chambers as soon as either chamber seats the joint fractie (from 2023-06-13 GL-PvdA
 * sits in the Eerste Kamer, so GroenLinks and PvdA count as GL-PvdA in the Tweede Kamer too), because a coalition
 * cannot take GroenLinks in one chamber and leave it out in the other.
 */
public final class Seating {
    private final LocalDate day;
    private final Basis basis;
    private final Composition tk;
    private final Composition ek;
    private final List<SeatedParty> parties;
    private final Map<String, String> partyOfFractie;
    private final List<JointFractie> joints;

    Seating(LocalDate day, Basis basis, Composition tk, Composition ek, List<JointFractie> joints) {
        this.day = day;
        this.basis = basis;
        this.tk = tk;
        this.ek = ek;
        this.joints = List.copyOf(joints);
        this.partyOfFractie = new HashMap<>();
        for (JointFractie j : joints) {
            if (tk.fractie(j.name()).isPresent() || ek.fractie(j.name()).isPresent()) {
                j.parts().forEach(part -> partyOfFractie.put(part, j.name()));
            }
        }
        this.parties = seatedParties();
    }

    private List<SeatedParty> seatedParties() {
        Map<String, List<String>> tkFracties = new LinkedHashMap<>();
        Map<String, List<String>> ekFracties = new LinkedHashMap<>();
        tk.fracties().forEach(f -> tkFracties.computeIfAbsent(partyOf(f.name()), k -> new ArrayList<>()).add(f.name()));
        ek.fracties().forEach(f -> ekFracties.computeIfAbsent(partyOf(f.name()), k -> new ArrayList<>()).add(f.name()));
        Set<String> names = new LinkedHashSet<>(tkFracties.keySet());
        names.addAll(ekFracties.keySet());
        List<SeatedParty> found = new ArrayList<>();
        for (String name : names) {
            List<String> inTk = tkFracties.getOrDefault(name, List.of());
            List<String> inEk = ekFracties.getOrDefault(name, List.of());
            found.add(new SeatedParty(name, inTk.stream().mapToInt(tk::seats).sum(),
                    inEk.stream().mapToInt(ek::seats).sum(), inTk, inEk));
        }
        found.sort(Comparator.comparingInt(SeatedParty::tk).reversed()
                .thenComparing(Comparator.comparingInt(SeatedParty::ek).reversed())
                .thenComparing(SeatedParty::name));
        return List.copyOf(found);
    }

    private String partyOf(String fractie) {
        return partyOfFractie.getOrDefault(fractie, fractie);
    }

    public LocalDate day() {
        return day;
    }

    public Basis basis() {
        return basis;
    }

    public Composition composition(Chamber chamber) {
        return chamber == Chamber.TK ? tk : ek;
    }

    /** Every party with seats in either chamber, largest in the Tweede Kamer first. */
    public List<SeatedParty> parties() {
        return parties;
    }

    public Optional<SeatedParty> party(String name) {
        return parties.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** How a party key counts on this day, and why, when that is not simply its own fractie. */
    public record Resolution(String asked, List<SeatedParty> parties, String note) {
    }

    /**
     * The parties a party key stands for on this day: its own fractie; the joint fractie it sits in ("GroenLinks"
     * in the Tweede Kamer of 2024 is GL-PvdA); the parts of a joint fractie that did not sit together yet
     * ("GL-PvdA" in 2022 is GroenLinks and PvdA, counted together); or no seats at all.
     */
    public Resolution resolve(String key) {
        Optional<SeatedParty> own = party(key);
        if (own.isPresent()) {
            return new Resolution(key, List.of(own.get()), "");
        }
        String joint = partyOfFractie.get(key);
        if (joint != null) {
            return new Resolution(key, List.of(party(joint).orElseThrow()), key + " sits in the joint fractie "
                    + joint + " on " + day + "; counted as " + joint);
        }
        for (JointFractie j : joints) {
            if (j.name().equals(key)) {
                List<SeatedParty> parts = j.parts().stream().map(this::party).flatMap(Optional::stream).toList();
                if (!parts.isEmpty()) {
                    return new Resolution(key, parts, key + " did not sit as one fractie on " + day + "; "
                            + String.join(" and ", parts.stream().map(SeatedParty::name).toList())
                            + " counted together");
                }
            }
        }
        return new Resolution(key, List.of(SeatedParty.withoutSeats(key)),
                key + " has no seats in either chamber on " + day);
    }
}
