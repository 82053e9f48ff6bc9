package nl.binnenhof.events.datecheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import nl.binnenhof.kb.DateRange;

/**
 * Finds the period that agrees with the most clues: each clue is a set of periods (an office held twice,
 * the years in which a weekday fits a date), and the answer is the stretch of days covered by the most
 * clues at once. Open ends stand for "any time before" or "any time after".
 */
final class PeriodEstimator {
    /** A stretch of days and the number of clues that agree with it. */
    record Window(DateRange range, int agreeing) {
    }

    private static final LocalDate EARLIEST = LocalDate.of(1000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(3000, 12, 31);

    private PeriodEstimator() {
    }

    /**
     * The stretch covered by the most clues; among equals, the one nearest to {@code near} (or the latest
     * when {@code near} is unknown). Null when there are no clues.
     */
    static Window best(List<List<DateRange>> clues, DateRange near) {
        TreeMap<LocalDate, Integer> change = new TreeMap<>();
        for (List<DateRange> clue : clues) {
            for (DateRange r : union(clue)) {
                change.merge(start(r), 1, Integer::sum);
                change.merge(end(r).plusDays(1), -1, Integer::sum);
            }
        }
        if (change.isEmpty()) {
            return null;
        }
        List<Window> windows = new ArrayList<>();
        int agreeing = 0;
        LocalDate from = null;
        for (var e : change.entrySet()) {
            int next = agreeing + e.getValue();
            if (next != agreeing) {
                if (agreeing > 0) {
                    windows.add(new Window(new DateRange(from, e.getKey().minusDays(1)), agreeing));
                }
                from = e.getKey();
            }
            agreeing = next;
        }
        int max = windows.stream().mapToInt(Window::agreeing).max().orElse(0);
        Window chosen = null;
        for (Window w : windows) {
            if (w.agreeing() == max && (chosen == null || closer(w, chosen, near))) {
                chosen = w;
            }
        }
        return new Window(open(chosen.range()), max);
    }

    /** How many clues have a period that overlaps the range. */
    static int agreeingWith(List<List<DateRange>> clues, DateRange range) {
        int n = 0;
        for (List<DateRange> clue : clues) {
            if (clue.stream().anyMatch(r -> r.overlaps(range))) {
                n++;
            }
        }
        return n;
    }

    private static boolean closer(Window a, Window b, DateRange near) {
        if (near == null || near.isAlways()) {
            return start(a.range()).isAfter(start(b.range()));
        }
        return distance(a.range(), near) < distance(b.range(), near);
    }

    private static long distance(DateRange a, DateRange b) {
        if (a.overlaps(b)) {
            return 0;
        }
        return end(a).isBefore(start(b)) ? start(b).toEpochDay() - end(a).toEpochDay()
                : start(a).toEpochDay() - end(b).toEpochDay();
    }

    /** The periods of one clue merged, so that a clue counts once wherever its periods overlap. */
    private static List<DateRange> union(List<DateRange> periods) {
        List<DateRange> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(PeriodEstimator::start));
        List<DateRange> merged = new ArrayList<>();
        for (DateRange r : sorted) {
            DateRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !start(r).isAfter(end(last).plusDays(1))) {
                merged.set(merged.size() - 1, new DateRange(start(last), max(end(last), end(r))));
            } else {
                merged.add(new DateRange(start(r), end(r)));
            }
        }
        return merged;
    }

    private static DateRange open(DateRange r) {
        return new DateRange(start(r).equals(EARLIEST) ? null : start(r), end(r).equals(LATEST) ? null : end(r));
    }

    private static LocalDate start(DateRange r) {
        return r.from() == null ? EARLIEST : r.from();
    }

    private static LocalDate end(DateRange r) {
        return r.to() == null ? LATEST : r.to();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
