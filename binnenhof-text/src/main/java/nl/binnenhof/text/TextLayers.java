package nl.binnenhof.text;

/** The layers that the text stage adds. */
public final class TextLayers {
    public static final Layer<Block> BLOCKS = Layer.of("blocks", Block.class);
    public static final Layer<Token> TOKENS = Layer.of("tokens", Token.class);
    /** The text of each token in lower case, parallel to {@link #TOKENS}: not spans, but index i is token i. */
    public static final Layer<String> LOWER_CASE = Layer.of("lower-case", String.class);
    public static final Layer<Quotation> QUOTATIONS = Layer.of("quotations", Quotation.class);
    public static final Layer<Sentence> SENTENCES = Layer.of("sentences", Sentence.class);

    private TextLayers() {
    }
}
