/**
 * Reading articles: everything between a path on the command line and an {@link nl.binnenhof.read.Article}.
 *
 * <p>This package owns the input formats (plain text, JSON Lines / JSON, HTML), their detection by file extension
 * or, on standard input, by content, the walk over folders, the strict decoding of bytes into text, the date an
 * input carries, and the reporting of every input that cannot be read as a {@link nl.binnenhof.read.ReadProblem}.
 * It does not interpret the text: an article's text is handed on exactly as read (apart from HTML, whose main
 * text has to be extracted), because every later stage points into it by character offset.
 *
 * <p>The entry point is {@link nl.binnenhof.read.ArticleReaders}; everything else here is package-private.
 */
package nl.binnenhof.read;
