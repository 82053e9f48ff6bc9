package nl.binnenhof.cli;

import java.io.PrintWriter;
import java.util.Optional;

import nl.binnenhof.query.Archive;

/** Tells the user which stored name a typed one was taken for, or that there is none. */
final class Names {
    private Names() {
    }

    static void explain(PrintWriter err, Archive archive, String what, String typed) {
        if (typed == null || typed.isBlank()) {
            return;
        }
        Optional<String> name = archive.resolveActor(typed);
        if (name.isEmpty()) {
            err.println("binnenhof: no " + what + " named \"" + typed + "\" in the store; "
                    + "see: binnenhof actors --match NAME");
        } else if (!name.get().equals(typed.strip())) {
            err.println("binnenhof: " + what + " \"" + typed + "\" taken as " + name.get());
        }
        err.flush();
    }
}
