/**
 * The REST API over the record and the parliament model: the endpoints ({@link nl.binnenhof.server.api.Endpoint},
 * grouped by what they answer), their declared parameters ({@link nl.binnenhof.server.api.Param}) and the checking
 * of every request against them ({@link nl.binnenhof.server.api.Params}), which refuses unknown, repeated, missing
 * and malformed parameters with a 400 and a message that says what to send. Endpoints answer plain records as
 * JSON; the exports stream. Nothing here reaches the index directly: every question goes through
 * {@link nl.binnenhof.query.Archive} or {@link nl.binnenhof.parliament.Parliament}.
 */
package nl.binnenhof.server.api;
