package nl.binnenhof.cli;

import java.io.PrintWriter;
import java.util.Locale;

import nl.binnenhof.store.IngestListener;
import nl.binnenhof.store.IngestProgress;

/**
 * Shows an ingest's progress on standard error: on a terminal a bar redrawn in place; otherwise, for long runs
 * only, a line every {@link #LOG_SECONDS} seconds. Problems are printed as they come, above the bar.
 */
final class ProgressBar implements IngestListener {
    /** A bar redrawn in place, a line now and then, or nothing but problems. */
    enum Mode {
        BAR, LOG, QUIET;

        static Mode choose(boolean quiet) {
            return quiet ? QUIET : Terminal.interactive() ? BAR : LOG;
        }
    }

    private static final int WIDTH = 30;
    private static final double LOG_SECONDS = 10;

    private final PrintWriter err;
    private final Mode mode;
    private final long expected;
    private double lastLog;
    private boolean drawn;

    /** @param expected articles expected, or a negative number when unknown */
    ProgressBar(PrintWriter err, Mode mode, long expected) {
        this.err = err;
        this.mode = mode;
        this.expected = expected;
    }

    @Override
    public synchronized void progress(IngestProgress p) {
        if (mode == Mode.BAR) {
            err.print('\r' + line(p) + "\033[K");
            drawn = true;
            err.flush();
        } else if (mode == Mode.LOG && p.seconds() - lastLog >= LOG_SECONDS) {
            lastLog = p.seconds();
            err.println(line(p));
            err.flush();
        }
    }

    @Override
    public synchronized void problem(String location, String message) {
        clear();
        err.println("binnenhof: " + location + ": " + message);
        err.flush();
    }

    /** Ends the bar's line, so that what follows starts on a fresh one. */
    synchronized void finish() {
        clear();
        err.flush();
    }

    private void clear() {
        if (drawn) {
            err.print("\r\033[K");
            drawn = false;
        }
    }

    private String line(IngestProgress p) {
        StringBuilder s = new StringBuilder("ingest ");
        if (expected > 0) {
            double fraction = Math.min(0.999, p.done() / (double) expected);
            int full = (int) (fraction * WIDTH);
            s.append('[').append("#".repeat(full)).append(".".repeat(WIDTH - full)).append("] ")
                    .append(String.format(Locale.ROOT, "%3.0f%% ", fraction * 100));
        }
        s.append(String.format(Locale.ROOT, "%,d", p.done()));
        if (expected > 0) {
            s.append(String.format(Locale.ROOT, "/%,d", expected));
        }
        s.append(String.format(Locale.ROOT, " articles, %,.0f/s, %.0f s", p.rate(), p.seconds()));
        return s.toString();
    }
}
