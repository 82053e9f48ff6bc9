package nl.binnenhof.server.dossiers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import nl.binnenhof.events.dossiers.Dossier;

/** Ids for dossiers that survive a recomputation: the topic code and a digest of the first article's id. */
final class DossierIds {
    private DossierIds() {
    }

    /** An id not among those taken: "d12-3f9a01c2" for topic 12, a suffix when two would be equal. */
    static String of(Dossier d, Set<String> taken) {
        String base = "d" + (d.topic() == null ? 0 : d.topic().code()) + "-" + digest(d.articles().get(0));
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String digest(String articleId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(articleId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
