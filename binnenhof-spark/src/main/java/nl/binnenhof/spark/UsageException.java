package nl.binnenhof.spark;

/** A command line that cannot be run; the message says what is wrong with it. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
