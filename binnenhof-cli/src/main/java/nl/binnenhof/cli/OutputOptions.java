package nl.binnenhof.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.binnenhof.query.Exports;
import nl.binnenhof.query.Paging;
import nl.binnenhof.query.Tabular;
import picocli.CommandLine.Option;

/** How a query command writes its result: readable, or exported as JSON Lines or CSV; and which page. */
final class OutputOptions {
    enum Format { table, jsonl, csv }

    @Option(names = {"-f", "--format"}, defaultValue = "table",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). jsonl and csv export the "
                    + "result's rows for other tools.")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Option(names = "--limit", defaultValue = "20", description = "Results per page (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Results to skip (default: ${DEFAULT-VALUE}).")
    int offset;

    Paging paging() {
        return new Paging(offset, limit);
    }

    boolean readable() {
        return format == Format.table;
    }

    Exports.Format exportFormat() {
        return format == Format.csv ? Exports.Format.CSV : Exports.Format.JSONL;
    }

    /** Writes with the given action to the file or standard output. */
    void write(PrintWriter stdout, WriterAction action) {
        if (out == null) {
            action.write(stdout);
            stdout.flush();
            return;
        }
        try (Writer file = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             PrintWriter writer = new PrintWriter(file)) {
            action.write(writer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /** Writes a result as a table for people, or exports its rows. */
    void write(PrintWriter stdout, Tabular result, WriterAction readable) {
        write(stdout, w -> {
            if (readable()) {
                readable.write(w);
            } else {
                Exports.write(result, exportFormat(), w);
            }
        });
    }

    /** Writes one result (a profile) for people, or exports it as one object. */
    void writeOne(PrintWriter stdout, Object result, WriterAction readable) {
        write(stdout, w -> {
            if (readable()) {
                readable.write(w);
            } else {
                Exports.writeOne(result, exportFormat(), w);
            }
        });
    }

    interface WriterAction {
        void write(PrintWriter out);
    }
}
