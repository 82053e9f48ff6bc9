package nl.binnenhof.cli;

/** A command line that parses but asks for something impossible; reported without a stack trace, exit status 2. */
final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message);
    }
}
