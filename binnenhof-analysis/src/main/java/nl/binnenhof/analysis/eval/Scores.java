package nl.binnenhof.analysis.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The figures of one evaluation run, and the misses behind them. */
public final class Scores {
    /** Precision, recall and F1 of one kind of item. */
    public static final class Prf {
        int tp;
        int fp;
        int fn;

        void add(int gold, int predicted, int matched) {
            tp += matched;
            fp += predicted - matched;
            fn += gold - matched;
        }

        public double precision() {
            return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        public int tp() {
            return tp;
        }

        public int fp() {
            return fp;
        }

        public int fn() {
            return fn;
        }
    }

    /** The share of items that came out right. */
    public static final class Share {
        int hit;
        int n;

        void add(boolean ok) {
            n++;
            hit += ok ? 1 : 0;
        }

        public double accuracy() {
            return n == 0 ? 0.0 : (double) hit / n;
        }

        public int n() {
            return n;
        }
    }

    int articles;
    int predicted;
    public final Prf persons = new Prf();
    public final Prf parties = new Prf();
    public final Prf quotes = new Prf();
    public final Prf positions = new Prf();
    public final Share affiliation = new Share();
    public final Share roles = new Share();
    public final Share speakers = new Share();
    final List<String> misses = new ArrayList<>();

    public int articles() {
        return articles;
    }

    public List<String> misses() {
        return misses;
    }

    /** The one-line summary, in the very format of score.py's last line. */
    public String summary() {
        return "articles=" + articles + " persons_f1=" + py(persons.f1()) + " affiliation_acc=" + py(affiliation.accuracy())
                + " roles_acc=" + py(roles.accuracy()) + " parties_f1=" + py(parties.f1()) + " quotes_f1="
                + py(quotes.f1()) + " speakers_acc=" + py(speakers.accuracy()) + " positions_f1=" + py(positions.f1());
    }

    /** A table for people. */
    public String table() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("%-12s %9s %9s %9s %6s %6s %6s%n", "", "precision", "recall", "F1", "tp", "fp", "fn"));
        row(s, "persons", persons);
        row(s, "parties", parties);
        row(s, "quotes", quotes);
        row(s, "positions", positions);
        s.append(String.format("%-12s %9s %9s%n", "", "accuracy", "n"));
        share(s, "affiliation", affiliation);
        share(s, "roles", roles);
        share(s, "speakers", speakers);
        return s.toString();
    }

    private static void row(StringBuilder s, String name, Prf f) {
        s.append(String.format("%-12s %9.4f %9.4f %9.4f %6d %6d %6d%n", name, f.precision(), f.recall(), f.f1(), f.tp,
                f.fp, f.fn));
    }

    private static void share(StringBuilder s, String name, Share f) {
        s.append(String.format("%-12s %9.4f %9d%n", name, f.accuracy(), f.n));
    }

    /** Python's {@code round(x, 4)} printed as Python prints a float. */
    static String py(double x) {
        BigDecimal rounded = new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String s = rounded.toPlainString();
        return s.contains(".") ? s : s + ".0";
    }
}
