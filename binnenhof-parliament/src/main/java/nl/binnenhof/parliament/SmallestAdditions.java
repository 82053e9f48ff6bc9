package nl.binnenhof.parliament;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the sets of fewest parties whose seats, added to a coalition, give it a majority in both chambers; among
 * sets of that size the ones that add the fewest seats (Tweede plus Eerste Kamer) come first, then fewest Eerste
 * Kamer seats, then by name. It tries all sets of one party, then of two, and so on, which is cheap for the
 * twenty-odd parties of a Dutch parliament; a set of the smallest size never holds a party it could do without.
 */
final class SmallestAdditions {
    private SmallestAdditions() {
    }

    static Additions find(int tk, int ek, List<SeatedParty> candidates, int limit) {
        int needTk = Math.max(0, Chamber.TK.majority() - tk);
        int needEk = Math.max(0, Chamber.EK.majority() - ek);
        if (needTk == 0 && needEk == 0) {
            return Additions.notNeeded();
        }
        List<SeatedParty> useful = candidates.stream().filter(p -> (needTk > 0 && p.tk() > 0) || (needEk > 0 && p.ek() > 0))
                .sorted(Comparator.comparingInt((SeatedParty p) -> p.tk() + p.ek()).reversed()).toList();
        if (useful.stream().mapToInt(SeatedParty::tk).sum() < needTk
                || useful.stream().mapToInt(SeatedParty::ek).sum() < needEk) {
            return Additions.impossible();
        }
        for (int size = 1; size <= useful.size(); size++) {
            List<List<SeatedParty>> sets = new ArrayList<>();
            collect(useful, size, 0, new ArrayList<>(), 0, 0, needTk, needEk, sets);
            if (!sets.isEmpty()) {
                List<Addition> additions = sets.stream().map(set -> addition(set, tk, ek))
                        .sorted(Comparator.comparingInt((Addition a) -> a.addedTk() + a.addedEk())
                                .thenComparingInt(Addition::addedEk)
                                .thenComparing(a -> String.join(" ", a.parties())))
                        .toList();
                return new Additions(Additions.Outcome.FOUND, size, additions.size(),
                        additions.subList(0, Math.min(limit, additions.size())));
            }
        }
        return Additions.impossible();
    }

    /** All sets of {@code size} parties from {@code from} on that, with the seats so far, reach both needs. */
    private static void collect(List<SeatedParty> parties, int size, int from, List<SeatedParty> chosen,
                                int tk, int ek, int needTk, int needEk, List<List<SeatedParty>> found) {
        if (chosen.size() == size) {
            if (tk >= needTk && ek >= needEk) {
                found.add(List.copyOf(chosen));
            }
            return;
        }
        for (int i = from; i <= parties.size() - (size - chosen.size()); i++) {
            SeatedParty p = parties.get(i);
            chosen.add(p);
            collect(parties, size, i + 1, chosen, tk + p.tk(), ek + p.ek(), needTk, needEk, found);
            chosen.remove(chosen.size() - 1);
        }
    }

    private static Addition addition(List<SeatedParty> set, int tk, int ek) {
        int addedTk = set.stream().mapToInt(SeatedParty::tk).sum();
        int addedEk = set.stream().mapToInt(SeatedParty::ek).sum();
        return new Addition(set.stream().map(SeatedParty::name).toList(), addedTk, addedEk, tk + addedTk, ek + addedEk);
    }
}
