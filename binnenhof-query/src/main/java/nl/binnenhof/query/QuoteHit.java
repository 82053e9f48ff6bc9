package nl.binnenhof.query;

/**
 * A quote with its source: the article, and the sentence it was said in.
 *
 * @param index         position among the article's quotes
 * @param begin         offset of the quoted words in the article text
 * @param sentenceBegin offset of the source sentence in the article text
 */
public record QuoteHit(String articleId, int index, String date, String headline, String source, String speaker,
                       String speakerParty, String kind, String cue, String text, String sentence, int begin, int end,
                       int sentenceBegin, int sentenceEnd) {
}
