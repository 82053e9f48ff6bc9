package nl.binnenhof.actors;

import java.text.Normalizer;

/** Folds away diacritics so that "Yesilgöz", "Yeşilgöz" and "Yesilgoz" look the same; case is kept. */
final class Fold {
    private Fold() {
    }

    static String diacritics(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x7f) {
                plain = false;
                if (mayCarryDiacritic(c)) {
                    return decomposed(s);
                }
            }
        }
        // ASCII, or only such marks as "„" and "’": no letter to decompose (the Normalizer costs more than a scan)
        return plain ? s : s.replace('’', '\'');
    }

    /** Latin letters with diacritics and combining marks, where decomposition may change something. */
    private static boolean mayCarryDiacritic(char c) {
        return c >= 0xc0 && c <= 0x24f || c >= 0x300 && c <= 0x36f || c >= 0x1e00 && c <= 0x1eff;
    }

    private static String decomposed(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c == '’' ? '\'' : c);
            }
        }
        return out.toString();
    }
}
