/**
 * The text stage: turns an {@link nl.binnenhof.read.Article} into a {@link nl.binnenhof.text.Document}
 * with standoff layers of blocks (date line, headings, paragraphs), tokens, quotation spans and
 * sentences, every one kept as character offsets into the original text.
 *
 * <p>It also owns the annotation contract that every later stage follows: {@link nl.binnenhof.text.Layer}
 * keys, write-once layers in the {@link nl.binnenhof.text.Document}, and {@link nl.binnenhof.text.Annotator}s
 * that declare what they require and provide, checked once when a {@link nl.binnenhof.text.Pipeline} is built.
 */
package nl.binnenhof.text;
