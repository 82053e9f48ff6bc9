package nl.binnenhof.text;

/**
 * A sentence, always inside one block.
 *
 * @param firstToken index of its first token
 * @param endToken   index one past its last token
 * @param block      index of the block it lies in
 * @param index      position among the article's sentences
 */
public record Sentence(int begin, int end, int firstToken, int endToken, int block, int index) implements Span {
}
