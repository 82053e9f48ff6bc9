package nl.binnenhof.analysis.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How predictions are matched to gold annotations: the same rules as {@code shared/tools/score.py}
 * (its figures and ours must agree to the digit), written here in Java so that users can score without
 * Python.
 */
final class Matching {
    static final Map<String, String> PARTY_ALIASES = Map.ofEntries(
            Map.entry("cu", "christenunie"), Map.entry("christen unie", "christenunie"),
            Map.entry("gl", "groenlinks"), Map.entry("groen links", "groenlinks"),
            Map.entry("partij van de arbeid", "pvda"), Map.entry("partij voor de vrijheid", "pvv"),
            Map.entry("socialistische partij", "sp"), Map.entry("staatkundig gereformeerde partij", "sgp"),
            Map.entry("partij voor de dieren", "pvdd"), Map.entry("forum voor democratie", "fvd"),
            Map.entry("boerburgerbeweging", "bbb"), Map.entry("boer burger beweging", "bbb"),
            Map.entry("boerbugerbeweging", "bbb"), Map.entry("nieuw sociaal contract", "nsc"),
            Map.entry("christen-democratisch appel", "cda"),
            Map.entry("volkspartij voor vrijheid en democratie", "vvd"), Map.entry("democraten 66", "d66"),
            Map.entry("gl/pvda", "gl-pvda"), Map.entry("groenlinks-pvda", "gl-pvda"),
            Map.entry("groenlinks/pvda", "gl-pvda"), Map.entry("pvda-gl", "gl-pvda"),
            Map.entry("pvda/groenlinks", "gl-pvda"), Map.entry("gl-pvda", "gl-pvda"));
    static final int MIN_QUOTE_WORDS = 3;
    private static final Set<String> PARTICLES = Set.of("van", "der", "den", "de", "het", "ter", "ten", "te", "la",
            "le", "du", "d", "t", "op", "in", "'t");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_\\p{M}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NAME_SPLIT = Pattern.compile("[\\s.]+");
    private static final List<Map.Entry<Pattern, String>> ROLE_RULES = List.of(
            Map.entry(Pattern.compile("^(minister-president|premier)$"), "premier"),
            Map.entry(Pattern.compile("^vice-?premier$"), "vicepremier"),
            Map.entry(Pattern.compile("staatssecretaris"), "staatssecretaris"),
            Map.entry(Pattern.compile("fractievoorzitter|fractieleider"), "fractievoorzitter"),
            Map.entry(Pattern.compile("(^|-)leider$|^voor(man|vrouw)$|^partijleider$|^politiek leider$"), "partijleider"),
            Map.entry(Pattern.compile("minister"), "minister"),
            Map.entry(Pattern.compile("verslaggever|correspondent|journalist"), "verslaggever"),
            Map.entry(Pattern.compile("kamerlid$"), "kamerlid"));

    private Matching() {
    }

    static String fold(String s) {
        String d = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                out.append(c);
            }
        }
        return SPACES.matcher(out).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(fold(s));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static String partyKey(String p) {
        String k = fold(p).replace('–', '-');
        return PARTY_ALIASES.getOrDefault(k, k);
    }

    private static List<String> nameWords(String name) {
        List<String> out = new ArrayList<>();
        for (String w : NAME_SPLIT.split(fold(name).replace('-', ' '))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> core(List<String> words) {
        return words.stream().filter(w -> !PARTICLES.contains(w)).toList();
    }

    static boolean samePerson(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (fold(a).equals(fold(b))) {
            return true;
        }
        List<String> wa = nameWords(a);
        List<String> wb = nameWords(b);
        List<String> ca = core(wa);
        List<String> cb = core(wb);
        if (ca.isEmpty() || cb.isEmpty() || !ca.get(ca.size() - 1).equals(cb.get(cb.size() - 1))) {
            return false;
        }
        if (ca.size() == 1 || cb.size() == 1) {
            List<String> shortName = ca.size() == 1 ? wa : wb;
            List<String> longName = ca.size() == 1 ? wb : wa;
            if (shortName.size() > longName.size()) {
                return false;
            }
            return String.join(" ", shortName).equals(String.join(" ", longName.subList(longName.size() - shortName.size(),
                    longName.size())));
        }
        String fa = ca.get(0);
        String fb = cb.get(0);
        return fa.equals(fb) || fa.charAt(0) == fb.charAt(0) && (fa.length() <= 2 || fb.length() <= 2);
    }

    static String roleKey(String role) {
        String r = fold(role);
        for (Map.Entry<Pattern, String> rule : ROLE_RULES) {
            if (rule.getKey().matcher(r).find()) {
                return rule.getValue();
            }
        }
        return r;
    }

    static double dice(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0.0;
        }
        Map<String, Integer> ca = counts(wa);
        Map<String, Integer> cb = counts(wb);
        int inter = 0;
        for (Map.Entry<String, Integer> e : ca.entrySet()) {
            inter += Math.min(e.getValue(), cb.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * inter / (wa.size() + wb.size());
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> c = new HashMap<>();
        words.forEach(w -> c.merge(w, 1, Integer::sum));
        return c;
    }

    static boolean sameActor(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return partyKey(a).equals(partyKey(b)) || samePerson(a, b);
    }

    interface Fit<G, P> {
        boolean ok(G gold, P predicted);
    }

    /** One-to-one pairs (gold index, predicted index), first fit in order. */
    static <G, P> List<int[]> greedy(List<G> gold, List<P> predicted, Fit<G, P> fit) {
        boolean[] used = new boolean[predicted.size()];
        List<int[]> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                if (!used[p] && fit.ok(gold.get(g), predicted.get(p))) {
                    used[p] = true;
                    pairs.add(new int[] {g, p});
                    break;
                }
            }
        }
        return pairs;
    }
}
