/**
 * The parliament model: which composition of the Tweede Kamer (150 seats) and the Eerste Kamer (75) sits on a
 * given day, which cabinet is in office then (with its parties, members and whether it is demissionair), and the
 * coalition calculator that counts a set of parties in both chambers and finds the smallest sets of parties to add
 * for a majority in both.
 *
 * <p>It owns the data that turns election results into days: when each chamber was installed
 * ({@code installations.tsv}), which separately elected lists sit as one fractie ({@code joint-fracties.tsv}), what
 * happened to cabinets in office ({@code cabinet-events.tsv}) and which members split off between elections
 * ({@code seat-changes.tsv}). The results themselves, the cabinets and their members come from the knowledge base
 * ({@code binnenhof-kb}). Seats are election results ("zetels na de verkiezingen") unless the fracties of a day are
 * asked for ({@link nl.binnenhof.parliament.Basis#FRACTIES}). Everything is loaded once into immutable objects, and
 * every row of data names its source.
 */
package nl.binnenhof.parliament;
