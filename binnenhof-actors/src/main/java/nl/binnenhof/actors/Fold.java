package nl.binnenhof.actors;

import java.text.Normalizer;

/** Folds away diacritics so that "Yesilgöz", "Yeşilgöz" and "Yesilgoz" look the same; case is kept. */
final class Fold {
    private Fold() {
    }

    static String diacritics(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return s;
        }
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
