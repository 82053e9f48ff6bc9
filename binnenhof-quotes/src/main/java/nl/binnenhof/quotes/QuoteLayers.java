package nl.binnenhof.quotes;

import nl.binnenhof.text.Layer;

/** The layers that the quote stage adds. */
public final class QuoteLayers {
    /** Direct and mixed quotes: words between quotation marks that reproduce speech. */
    public static final Layer<Quote> QUOTES = Layer.of("quotes", Quote.class);
    /** Indirect speech: "Volgens Rutte is er geen sprake van ...", "Rutte zei dat ...". */
    public static final Layer<Quote> INDIRECT_QUOTES = Layer.of("indirect-quotes", Quote.class);

    private QuoteLayers() {
    }
}
