/**
 * Questions to the record: full-text search with Dutch stemming, quotes by speaker, party, date and text, actor
 * and party profiles, timelines, co-occurrence networks, and exports of any result as JSON Lines or CSV.
 *
 * <p>{@link nl.binnenhof.query.Archive} is the one entry point, made to be called directly by the command line
 * and a REST layer alike: it is thread-safe, takes plain request records ({@link nl.binnenhof.query.ArticleQuery},
 * {@link nl.binnenhof.query.QuoteQuery}, {@link nl.binnenhof.query.TimelineQuery},
 * {@link nl.binnenhof.query.NetworkQuery}, {@link nl.binnenhof.query.Paging}) and returns plain records that
 * serialise to JSON as they are. User input never reaches the index unparsed: query strings go through Lucene's
 * query parser, restricted to known fields ({@link nl.binnenhof.query.QueryException} says what is wrong),
 * and names and ids are looked up as exact terms. The layout it reads is {@code nl.binnenhof.store}'s.
 */
package nl.binnenhof.query;
