package org.crossforce.audit;

import java.time.Instant;
import java.util.Optional;

/** Which entries an auditor asks for; every part is optional. */
public record AuditFilter(Optional<String> user, Optional<AuditAction> action, Optional<String> record,
        Optional<Instant> from, Optional<Instant> to) {

    public static AuditFilter all() {
        return new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public AuditFilter byUser(String name) {
        return new AuditFilter(Optional.ofNullable(name), action, record, from, to);
    }

    public AuditFilter byRecord(String id) {
        return new AuditFilter(user, action, Optional.ofNullable(id), from, to);
    }

    public AuditFilter byAction(AuditAction wanted) {
        return new AuditFilter(user, Optional.ofNullable(wanted), record, from, to);
    }
}
