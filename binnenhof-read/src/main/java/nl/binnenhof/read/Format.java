package nl.binnenhof.read;

import java.nio.charset.Charset;
import java.util.Locale;

/** The input formats; files are told apart by extension, standard input by its first character. */
enum Format {
    TEXT, JSON, HTML;

    /** Extensions that are read, for messages. */
    static final String SUPPORTED = ".txt, .jsonl, .ndjson, .json, .html and .htm";

    /** The format a file name's extension stands for, or {@code null} when such files are not read. */
    static Format ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        return switch (name.substring(dot + 1)) {
            case "txt" -> TEXT;
            case "jsonl", "ndjson", "json" -> JSON;
            case "html", "htm" -> HTML;
            default -> null;
        };
    }

    /**
     * Guesses the format of standard input, which has no name: JSON starts with '{' (or '['), markup with '<', and
     * anything else is one plain-text article.
     */
    static Format sniff(byte[] head, Charset charset, int bomLength) {
        String start = new String(head, bomLength, head.length - bomLength, charset).stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return JSON;
        }
        return start.startsWith("<") ? HTML : TEXT;
    }

    /** The file name without its extension: the article id for one-article files. */
    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
