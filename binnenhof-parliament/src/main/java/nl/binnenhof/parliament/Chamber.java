package nl.binnenhof.parliament;

import java.util.Locale;
import java.util.Optional;

/** A chamber of the States General, with its size and the seats a majority needs. */
public enum Chamber {
    TK("Tweede Kamer", 150),
    EK("Eerste Kamer", 75);

    private final String title;
    private final int size;

    Chamber(String title, int size) {
        this.title = title;
        this.size = size;
    }

    public String title() {
        return title;
    }

    public int size() {
        return size;
    }

    /** More than half the seats: 76 of 150, 38 of 75. */
    public int majority() {
        return size / 2 + 1;
    }

    /** "TK", "tk", "Tweede Kamer", "tweede", "EK", "Eerste Kamer", "senaat", ... */
    public static Optional<Chamber> parse(String written) {
        String s = written == null ? "" : written.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (s) {
            case "tk", "tweedekamer", "tweede", "2" -> Optional.of(TK);
            case "ek", "eerstekamer", "eerste", "senaat", "1" -> Optional.of(EK);
            default -> Optional.empty();
        };
    }
}
