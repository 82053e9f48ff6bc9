package nl.binnenhof.text;

/** The layers that the text stage adds. */
public final class TextLayers {
    public static final Layer<Block> BLOCKS = Layer.of("blocks", Block.class);
    public static final Layer<Token> TOKENS = Layer.of("tokens", Token.class);
    public static final Layer<Quotation> QUOTATIONS = Layer.of("quotations", Quotation.class);
    public static final Layer<Sentence> SENTENCES = Layer.of("sentences", Sentence.class);

    private TextLayers() {
    }
}
