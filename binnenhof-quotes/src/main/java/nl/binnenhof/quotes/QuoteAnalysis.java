package nl.binnenhof.quotes;

import java.util.List;

import nl.binnenhof.text.Annotator;

/** The quote stage's annotators. */
public final class QuoteAnalysis {
    private QuoteAnalysis() {
    }

    public static List<Annotator> stages() {
        return List.of(new QuoteAttributor(), new IndirectQuoteFinder());
    }
}
