package nl.binnenhof.cli;

/** What the exit status says. */
final class ExitCodes {
    static final int OK = 0;
    /** The command failed: nothing (more) could be done. */
    static final int FAILED = 1;
    /** picocli's code for a command line it could not parse. */
    static final int USAGE = 2;
    /** The command ran, but some input was skipped; the messages on standard error say which. */
    static final int SKIPPED_INPUT = 3;

    private ExitCodes() {
    }
}
