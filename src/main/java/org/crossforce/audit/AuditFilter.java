package org.crossforce.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * Which entries an auditor asks for; every part is optional.
 *
 * @param force   entries of callers working for this force
 * @param purpose entries whose stated purpose contains this text, in any case
 */
public record AuditFilter(Optional<String> user, Optional<AuditAction> action, Optional<String> record,
        Optional<String> force, Optional<String> purpose, Optional<Instant> from, Optional<Instant> to) {

    public static AuditFilter all() {
        return new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public AuditFilter byUser(String name) {
        return new AuditFilter(blankless(name), action, record, force, purpose, from, to);
    }

    public AuditFilter byRecord(String id) {
        return new AuditFilter(user, action, blankless(id), force, purpose, from, to);
    }

    public AuditFilter byAction(AuditAction wanted) {
        return new AuditFilter(user, Optional.ofNullable(wanted), record, force, purpose, from, to);
    }

    public AuditFilter byForce(String code) {
        return new AuditFilter(user, action, record, blankless(code), purpose, from, to);
    }

    public AuditFilter byPurpose(String text) {
        return new AuditFilter(user, action, record, force, blankless(text), from, to);
    }

    /** Entries from the start of {@code start} (inclusive) to {@code end} (exclusive); either may be null. */
    public AuditFilter between(Instant start, Instant end) {
        return new AuditFilter(user, action, record, force, purpose, Optional.ofNullable(start), Optional.ofNullable(end));
    }

    private static Optional<String> blankless(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    @Override
    public String toString() {
        StringBuilder described = new StringBuilder();
        user.ifPresent(u -> described.append(" user=").append(u));
        action.ifPresent(a -> described.append(" action=").append(a));
        record.ifPresent(r -> described.append(" record=").append(r));
        force.ifPresent(f -> described.append(" force=").append(f));
        purpose.ifPresent(p -> described.append(" purpose=").append(p));
        from.ifPresent(f -> described.append(" from=").append(f));
        to.ifPresent(t -> described.append(" to=").append(t));
        return described.isEmpty() ? "all entries" : described.toString().strip();
    }
}
