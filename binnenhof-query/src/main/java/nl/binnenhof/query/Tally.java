package nl.binnenhof.query;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts per name, with the type of each, and the top of them. */
final class Tally {
    private final Map<String, long[]> counts = new HashMap<>();
    private final Map<String, String> types = new HashMap<>();

    void add(String name, String type, long n) {
        if (name != null) {
            counts.computeIfAbsent(name, k -> new long[1])[0] += n;
            types.putIfAbsent(name, type);
        }
    }

    long get(String name) {
        long[] c = counts.get(name);
        return c == null ? 0 : c[0];
    }

    /** The largest counts, most first, ties by name; {@code except} left out. */
    List<Count> top(int n, String except) {
        return counts.entrySet().stream()
                .filter(e -> !e.getKey().equals(except))
                .map(e -> new Count(e.getKey(), types.get(e.getKey()), e.getValue()[0]))
                .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::name))
                .limit(n)
                .toList();
    }
}
