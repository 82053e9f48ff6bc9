package nl.binnenhof.text;

/** The quotation marks of Dutch (and foreign) typesetting, and what each can do. */
final class QuoteMarks {
    private QuoteMarks() {
    }

    static boolean isQuoteMark(char c) {
        return family(c) != null;
    }

    static Quotation.Style family(char c) {
        return switch (c) {
            case '"', '„', '“', '”', '‟', '″' -> Quotation.Style.DOUBLE;
            case '\'', '‘', '’', '‚', '‛' -> Quotation.Style.SINGLE;
            case '«', '»', '‹', '›' -> Quotation.Style.GUILLEMET;
            default -> null;
        };
    }

    /** Marks that only ever open a quotation. */
    static boolean onlyOpens(char c) {
        return c == '„' || c == '‚' || c == '‟' || c == '‛';
    }

    /** Marks that are apostrophes when they stand between letters. */
    static boolean canBeApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == '`';
    }
}
