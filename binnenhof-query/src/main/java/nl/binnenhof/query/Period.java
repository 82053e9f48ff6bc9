package nl.binnenhof.query;

/**
 * A value (party, role) that holds over a stretch of time in the record.
 *
 * @param from     first day (YYYY-MM-DD) of the date of the first article; a month-dated article counts
 *                 from the first of its month
 * @param to       first day of the date of the last article
 * @param articles articles in the stretch
 */
public record Period(String value, String from, String to, long articles) {
}
