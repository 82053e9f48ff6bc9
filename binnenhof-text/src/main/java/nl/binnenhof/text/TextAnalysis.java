package nl.binnenhof.text;

/** The text stage's annotators in their order of dependence. */
public final class TextAnalysis {
    private TextAnalysis() {
    }

    public static Pipeline pipeline() {
        return Pipeline.of(new BlockSplitter(), new Tokenizer(), new LowerCaser(), new QuotationFinder(),
                new SentenceSplitter());
    }
}
