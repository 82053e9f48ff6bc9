package nl.binnenhof.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import nl.binnenhof.read.Article;

/**
 * The hash that says whether an article changed: SHA-256 over everything read that the analysis sees (text,
 * date, title, source). Where it was read from does not count: the same article from another file is the same.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(Article article) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        for (String part : new String[] {article.text(), article.date(), article.title(), article.source()}) {
            // A marker per part, so that a null and an empty string, or text moved between parts, differ.
            digest.update(part == null ? new byte[] {0} : new byte[] {1});
            if (part != null) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }
}
