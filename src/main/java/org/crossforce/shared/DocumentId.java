package org.crossforce.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable id of a document. Ids are derived, never allocated, so that a re-run, a restart or
 * a second instance arrives at the same id for the same evidence.
 */
public record DocumentId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{40}");

    public DocumentId {
        Objects.requireNonNull(value, "id");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a document id: '" + value + "'");
        }
    }

    /** An uploaded or collected file: the same bytes for the same force are the same document. */
    public static DocumentId forFile(ForceCode force, String contentSha256) {
        return new DocumentId(digest("file", force.value(), contentSha256));
    }

    /** A child of a container, such as an attachment or an archive entry. */
    public static DocumentId forChild(DocumentId root, String pathInside) {
        return new DocumentId(digest("child", root.value(), pathInside));
    }

    /** A record from a structured export. */
    public static DocumentId forRecord(ForceCode force, String sourceSystem, String sourceKey) {
        return new DocumentId(digest("record", force.value(), sourceSystem, sourceKey));
    }

    public static boolean isWellFormed(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    private static String digest(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
