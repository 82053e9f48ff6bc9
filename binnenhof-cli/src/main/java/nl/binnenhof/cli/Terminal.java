package nl.binnenhof.cli;

import java.io.Console;

/** Whether a person is watching: the progress bar is redrawn in place only on a terminal. */
final class Terminal {
    private Terminal() {
    }

    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // From Java 22 on, System.console() is there even when redirected; isTerminal() tells.
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console exists only on a terminal
        }
    }
}
