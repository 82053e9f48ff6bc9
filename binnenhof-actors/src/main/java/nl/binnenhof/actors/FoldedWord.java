package nl.binnenhof.actors;

/**
 * A token's text without diacritics, as names are looked up ("Sigrid Kaag" for "Sígrid Kaag"), and its head: the
 * part before its last hyphen ("VVD" of "VVD-premier"), or the word itself.
 */
public record FoldedWord(String word, String head) {
}
