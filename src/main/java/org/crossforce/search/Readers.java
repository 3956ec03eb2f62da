package org.crossforce.search;

import java.util.List;
import java.util.Map;

import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEvent;
import org.crossforce.audit.AuditOutcome;
import org.crossforce.audit.AuditTrail;
import org.crossforce.shared.Caller;
import org.crossforce.shared.PurposeRequiredException;
import org.crossforce.shared.Roles;

/** The check at every door to police data: who may read at all, before {@link Scope} says what. */
public final class Readers {

    private Readers() {
    }

    /**
     * Police data is read by analysts and supervisors, for a purpose they have stated; anybody else
     * is refused, and the refusal is on the trail.
     */
    public static void require(AuditTrail audit, Caller caller, AuditAction action, List<String> records) {
        if (!caller.hasAnyRole(Roles.READERS)) {
            audit.record(new AuditEvent(caller, action, AuditOutcome.DENIED, records, Map.of("reason", "role")));
            caller.requireAnyRole("read police data", Roles.READERS);
        }
        if (caller.purpose().isBlank()) {
            audit.record(new AuditEvent(caller, action, AuditOutcome.DENIED, records, Map.of("reason", "no purpose")));
            throw new PurposeRequiredException();
        }
    }
}
