package org.crossforce.intake;

import java.util.List;
import java.util.Map;

import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEvent;
import org.crossforce.audit.AuditOutcome;
import org.crossforce.audit.AuditTrail;
import org.crossforce.forces.Forces;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.NotPermittedException;
import org.crossforce.shared.Roles;
import org.springframework.stereotype.Component;

/**
 * Who works a force's public reports and appeals: its intake officers, and no one else. Every
 * refusal is on the audit trail before it is answered, so a probe of another force's intake is seen.
 */
@Component
class IntakeAccess {

    static final List<String> INTAKE = List.of(Roles.INTAKE);

    private final AuditTrail audit;
    private final Forces forces;

    IntakeAccess(AuditTrail audit, Forces forces) {
        this.audit = audit;
        this.forces = forces;
    }

    static boolean works(Caller caller, ForceCode force) {
        return caller.hasAnyRole(INTAKE) && caller.forces().contains(force);
    }

    /**
     * @param task   what is refused, as "may not ..." reads it: {@code work public reports}
     * @param denial what the caller is told, before the force's name: {@code does not work the intake of}
     */
    void require(Caller caller, ForceCode force, AuditAction action, List<String> records, String task,
            String denial) {
        if (!works(caller, force)) {
            audit.record(new AuditEvent(caller, action, AuditOutcome.DENIED, records, Map.of("force", force.value())));
            caller.requireAnyRole(task, INTAKE);
            throw new NotPermittedException(caller.user() + " " + denial + " " + forces.nameOf(force) + ".");
        }
    }

    /** A report the caller may not see is answered as one that does not exist, and the attempt audited. */
    StoredReport visible(Caller caller, String reference, StoredReport report, AuditAction action) {
        if (report == null || !works(caller, report.force())) {
            audit.record(new AuditEvent(caller, action, AuditOutcome.DENIED, List.of(reference), Map.of()));
            caller.requireAnyRole("work public reports", INTAKE);
            throw new ReportNotFoundException(reference);
        }
        return report;
    }
}
