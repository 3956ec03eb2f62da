package org.crossforce.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash that chains audit entries: SHA-256 over the previous entry's hash and each field,
 * every one written as its length in UTF-8 bytes, a colon, the bytes and a newline, so that no
 * two different entries give the same input.
 */
public final class ChainHash {

    /** The hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    public static String of(String previousHash, List<String> fields) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        add(sha256, previousHash);
        fields.forEach(field -> add(sha256, field));
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static void add(MessageDigest digest, String field) {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
        digest.update((byte) '\n');
    }
}
