package nl.binnenhof.server;

/**
 * What the API answers when it cannot answer as asked.
 *
 * @param error   the HTTP reason phrase
 * @param message what went wrong, and what to send instead
 */
public record ErrorBody(int status, String error, String message) {
}
