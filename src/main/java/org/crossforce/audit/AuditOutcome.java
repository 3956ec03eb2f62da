package org.crossforce.audit;

/**
 * How a request ended. DENIED and NOT_FOUND look the same to the caller (a record out of scope is
 * answered like one that does not exist); only the audit trail tells them apart.
 */
public enum AuditOutcome {
    OK,
    DENIED,
    NOT_FOUND,
    FAILED
}
