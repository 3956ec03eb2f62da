package org.crossforce.audit;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.crossforce.shared.Caller;

/**
 * One thing a caller did, as a service reports it.
 *
 * @param records the ids of the records or documents concerned (shown, opened, downloaded), in order
 * @param details what else an auditor needs to judge the request: the query and its filters, how
 *                many hits there were, the file count of an ingest; values are strings, numbers,
 *                booleans or lists of them
 */
public record AuditEvent(Caller caller, AuditAction action, AuditOutcome outcome, List<String> records,
        Map<String, Object> details) {

    public AuditEvent {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        records = records == null ? List.of() : List.copyOf(records);
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static AuditEvent ok(Caller caller, AuditAction action, List<String> records, Map<String, Object> details) {
        return new AuditEvent(caller, action, AuditOutcome.OK, records, details);
    }
}
