/**
 * The quote stage: decides which quotation spans reproduce speech (and which are scare quotes around a
 * term), attributes each quote to its speaker — after the quote ("…", zei hij), before it ("Volgens
 * Rutte …", "Kaag zei: …"), or from the sentences around it — and finds indirect speech. Reads the text
 * and actor layers; the cue verbs and the other word lists are data files beside the classes.
 */
package nl.binnenhof.quotes;
