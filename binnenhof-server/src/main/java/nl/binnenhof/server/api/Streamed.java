package nl.binnenhof.server.api;

import java.io.IOException;
import java.io.Writer;

/**
 * An answer written while it is produced, as a download: an export of a whole result, which need not fit in
 * memory.
 *
 * @param fileName the name offered to save it under
 */
public record Streamed(String contentType, String fileName, Body body) {

    @FunctionalInterface
    public interface Body {
        void writeTo(Writer out) throws IOException;
    }
}
