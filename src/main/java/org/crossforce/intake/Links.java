package org.crossforce.intake;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets, references and ids, all random: nothing about one tells anything about another, nor
 * how many came before.
 */
final class Links {

    /** Crockford's alphabet: no I, L, O or U, so a reference read over the phone is not misheard. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Links() {
    }

    /** 256 bits, as a follow-up link carries them. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored of a secret. */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code CF-7K3M-9QXT}: 40 random bits, easy to read out. */
    static String newReference() {
        return "CF-" + letters(4) + "-" + letters(4);
    }

    static String newAppealId() {
        return "AP-" + letters(6);
    }

    /** 128 random bits. */
    static String newFileId() {
        return letters(26);
    }

    /** A reference as typed by a person: any case, spaces or none. */
    static String normaliseReference(String typed) {
        String compact = typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        if (compact.startsWith("CF") && compact.length() == 10) {
            return "CF-" + compact.substring(2, 6) + "-" + compact.substring(6);
        }
        return typed == null ? "" : typed.strip();
    }

    private static String letters(int n) {
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return out.toString();
    }
}
