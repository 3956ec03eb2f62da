package org.crossforce.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A little work a browser does before it may send a report, instead of a third-party CAPTCHA
 * (nothing outside may be reached): find a nonce such that SHA-256 of {@code challenge:nonce}
 * starts with the given number of zero bits. Cheap for one honest report, costly for a flood.
 */
public final class ProofOfWork {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ProofOfWork() {
    }

    public static String newChallenge() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public static boolean solves(String challenge, String nonce, int bits) {
        if (challenge == null || nonce == null || nonce.length() > 20) {
            return false;
        }
        return leadingZeroBits(sha256(challenge + ":" + nonce)) >= bits;
    }

    /** What the browser's script does, for clients written in Java (the load benchmark). */
    public static String solve(String challenge, int bits) {
        // One digest and the prefix's bytes for all attempts: the benchmark's clients share the
        // server's cores, and a provider look-up per hash made them cost the server its CPU.
        MessageDigest sha = digest();
        byte[] prefix = (challenge + ":").getBytes(StandardCharsets.UTF_8);
        for (long nonce = 0; ; nonce++) {
            String candidate = Long.toString(nonce);
            sha.update(prefix);
            if (leadingZeroBits(sha.digest(candidate.getBytes(StandardCharsets.UTF_8))) >= bits) {
                return candidate;
            }
        }
    }

    static int leadingZeroBits(byte[] hash) {
        int bits = 0;
        for (byte b : hash) {
            if (b == 0) {
                bits += 8;
                continue;
            }
            return bits + Integer.numberOfLeadingZeros(b & 0xFF) - 24;
        }
        return bits;
    }

    private static byte[] sha256(String text) {
        return digest().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
