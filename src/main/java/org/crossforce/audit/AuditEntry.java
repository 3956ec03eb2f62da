package org.crossforce.audit;

import java.time.Instant;
import java.util.List;

/**
 * One link of the audit chain as stored. {@code records} and {@code details} are kept as the JSON
 * text that was hashed, so that verifying never depends on how JSON is written today.
 *
 * @param hash SHA-256 of the previous entry's hash and every field of this one ({@link ChainHash})
 */
public record AuditEntry(
        long seq,
        Instant at,
        String user,
        List<String> roles,
        List<String> forces,
        String address,
        String purpose,
        AuditAction action,
        AuditOutcome outcome,
        String records,
        String details,
        String previousHash,
        String hash) {

    /** The fields the hash covers, in a fixed order. */
    List<String> hashedFields() {
        return List.of(Long.toString(seq), at.toString(), user, String.join(",", roles), String.join(",", forces),
                address == null ? "" : address, purpose == null ? "" : purpose, action.name(), outcome.name(),
                records, details);
    }

    /** Whether the stored hash is the one its fields and the previous hash give. */
    public boolean intact() {
        return hash.equals(ChainHash.of(previousHash, hashedFields()));
    }
}
