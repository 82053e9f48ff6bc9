package nl.binnenhof.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads articles from files, folders and standard input. This is the one entry point of the package.
 *
 * <p>Inputs are read in the order given and articles delivered one by one as they are read, so that a large JSON
 * Lines file never has to fit in memory and the caller can start work at once. Anything that cannot be read is
 * reported as a {@link ReadProblem} and skipped, and reading goes on: one bad file among hundreds should cost that
 * file, not the run. The returned {@link ReadSummary} tells the caller whether anything was skipped.
 *
 * <ul>
 *   <li>{@code .txt}: one article; id = file name without extension; a leading {@code " date YYYY-MM"} line sets
 *       the date and stays in the text.</li>
 *   <li>{@code .jsonl}, {@code .ndjson}, {@code .json}: JSON Lines, one object per line with string fields
 *       {@code id} and {@code text} and optional {@code date}, {@code title}, {@code source}; a single object or an
 *       array of objects is read too.</li>
 *   <li>{@code .html}, {@code .htm}: one article, the page's main text; id = file name without extension.</li>
 *   <li>a folder: every file of those types below it, sorted by path; hidden files and other types are passed
 *       over.</li>
 *   <li>{@code "-"}: standard input, as JSON if it starts with '{' or '[', as HTML if with '<', else as one
 *       plain-text article with id {@code "stdin"}.</li>
 * </ul>
 *
 * <p>All text must be UTF-8 (a byte order mark is allowed and dropped; UTF-16 with a byte order mark is decoded).
 * Article ids must be unique within one call: a repeated id is reported and the later article skipped.
 */
public final class ArticleReaders {

    /** The location given to problems and articles from standard input. */
    public static final String STDIN = "<stdin>";

    private ArticleReaders() {
    }

    /** Reads the given paths, with {@code "-"} meaning {@link System#in}. */
    public static ReadSummary read(List<String> paths, Consumer<Article> articles, Consumer<ReadProblem> problems) {
        return read(paths, System.in, articles, problems);
    }

    /**
     * Reads the given paths, with {@code "-"} meaning {@code stdin}, which is read at most once and not closed.
     *
     * @param paths    files, folders or {@code "-"}, read in this order
     * @param stdin    what {@code "-"} reads
     * @param articles receives each article as soon as it is read, in input order
     * @param problems receives each problem as soon as it is found
     * @return the counts of articles, problems, skipped inputs and passed-over files
     */
    public static ReadSummary read(List<String> paths, InputStream stdin, Consumer<Article> articles,
            Consumer<ReadProblem> problems) {
        Run run = new Run(articles, problems);
        boolean stdinRead = false;
        for (String path : paths) {
            if (path.equals("-")) {
                if (stdinRead) {
                    run.skip(STDIN, "standard input was already read; give '-' only once");
                } else {
                    stdinRead = true;
                    readStdin(stdin, run);
                }
            } else {
                readPath(path, run);
            }
        }
        return run.summary();
    }

    /**
     * Reads one input whose bytes are already in memory, as {@link #read} reads a file of that name: the format from
     * the name's extension, the id from the name without extension. For callers that get files from elsewhere, such
     * as a cluster's file system; ids are not compared across calls.
     *
     * @param fileName the file's name; a path or URI is fine, only what follows its last '/' counts
     * @param location where the input is, for the article's origin and for problems
     */
    public static ReadSummary readBytes(String fileName, String location, byte[] content, Consumer<Article> articles,
            Consumer<ReadProblem> problems) {
        Run run = new Run(articles, problems);
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        Format format = Format.ofFileName(name);
        if (format == null) {
            run.skip(location, "unsupported file type; the types read are " + Format.SUPPORTED);
        } else {
            try {
                read(new BufferedInputStream(new ByteArrayInputStream(content)), format, Format.baseName(name),
                        location, run);
            } catch (IOException e) {
                throw new UncheckedIOException("reading bytes in memory cannot fail", e);
            }
        }
        return run.summary();
    }

    /**
     * Reads one line of a JSON Lines file that the caller split off (a cluster's line reader, say), without its line
     * terminator, exactly as {@link #read} reads each line of such a file. A blank line is passed over; a UTF-8 byte
     * order mark, which only the first line of a file can have, is dropped.
     */
    public static ReadSummary readJsonLine(byte[] line, String location, Consumer<Article> articles,
            Consumer<ReadProblem> problems) {
        Run run = new Run(articles, problems);
        if (line.length > Limits.MAX_RECORD_BYTES) {
            run.skip(location, Limits.tooManyBytes("the line"));
        } else {
            Encoding.Detected encoding = Encoding.detect(line);
            int bom = encoding.isUtf16() ? 0 : encoding.bomLength();
            byte[] json = bom == 0 ? line : Arrays.copyOfRange(line, bom, line.length);
            JsonReader.readLine(json, bom, location, location, run);
        }
        return run.summary();
    }

    /**
     * Reads one record given as its fields' values, such as a row of a table, exactly as a JSON record with those
     * fields is read: {@code id} and {@code text} required, {@code date}, {@code title} and {@code source} optional,
     * anything else ignored.
     */
    public static ReadSummary readRecord(Map<String, ?> fields, String location, Consumer<Article> articles,
            Consumer<ReadProblem> problems) {
        Run run = new Run(articles, problems);
        JsonReader.readFields(fields, location, run);
        return run.summary();
    }

    private static void readStdin(InputStream stdin, Run run) {
        try {
            read(new BufferedInputStream(stdin, 64 * 1024), null, "stdin", STDIN, run);
        } catch (IOException | UncheckedIOException e) {
            run.skip(STDIN, "reading stopped: " + e.getMessage());
        }
    }

    private static void readPath(String name, Run run) {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            run.skip(name, "not a valid path (" + e.getReason() + ")");
            return;
        }
        if (Files.isDirectory(path)) {
            try {
                for (Path file : Folders.files(path, run)) {
                    Format format = Format.ofFileName(file.getFileName().toString());
                    if (format == null) {
                        run.ignoreFile();
                    } else {
                        readFile(file, format, run);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                run.skip(name, "the folder could not be read to the end: " + e.getMessage());
            }
        } else if (Files.isRegularFile(path)) {
            Format format = Format.ofFileName(name);
            if (format == null) {
                run.skip(name, "unsupported file type; the types read are " + Format.SUPPORTED
                        + ", or '-' for standard input");
            } else {
                readFile(path, format, run);
            }
        } else if (Files.exists(path)) {
            run.skip(name, "neither a file nor a folder; give a file, a folder or '-'");
        } else {
            run.skip(name, "no such file or folder; check the path");
        }
    }

    private static void readFile(Path file, Format format, Run run) {
        String location = file.toString();
        try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            read(in, format, Format.baseName(file.getFileName().toString()), location, run);
        } catch (NoSuchFileException e) {
            run.skip(location, "no such file (it disappeared while reading); check the path");
        } catch (IOException | UncheckedIOException e) {
            run.skip(location, "could not be read to the end: " + e.getMessage());
        }
    }

    /**
     * Reads one input in the given format, or in the format its content suggests when {@code format} is
     * {@code null}. Empty and binary inputs are rejected here, once for all formats.
     */
    private static void read(BufferedInputStream in, Format format, String id, String location, Run run)
            throws IOException {
        byte[] head = Encoding.peek(in, Encoding.HEAD_BYTES);
        Encoding.Detected encoding = Encoding.detect(head);
        if (head.length == encoding.bomLength()) {
            run.skip(location, "empty, no text; leave it out or check how it was saved");
            return;
        }
        String binary = encoding.isUtf16() ? null : Encoding.binaryReason(head);
        if (binary != null) {
            run.skip(location, "binary content (" + binary + "), not text; leave it out, or if it is UTF-16 "
                    + "text without a byte order mark, convert it with iconv -f UTF-16LE -t UTF-8");
            return;
        }
        Format actual = format != null ? format : Format.sniff(head, encoding.charset(), encoding.bomLength());
        switch (actual) {
            case TEXT -> PlainTextReader.read(in, encoding, id, location, run);
            case JSON -> JsonReader.read(in, encoding, location, run);
            case HTML -> HtmlReader.read(in, encoding, id, location, run);
        }
    }
}
