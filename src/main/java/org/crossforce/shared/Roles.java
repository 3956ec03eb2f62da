package org.crossforce.shared;

import java.util.List;

/**
 * What an account is for. Roles say which doors a caller may use; what it then sees behind them is
 * decided by its grants.
 */
public final class Roles {

    /** Search, documents, entities and link charts. */
    public static final String ANALYST = "analyst";
    /** Dashboards, and everything an analyst sees. */
    public static final String SUPERVISOR = "supervisor";
    /** Sends files and exports for ingestion. */
    public static final String INTAKE = "intake";
    /** Reads the audit trail, and nothing else. */
    public static final String AUDITOR = "auditor";
    /** Accounts, sharing agreements and settings; no police data. */
    public static final String ADMINISTRATOR = "administrator";

    public static final List<String> ALL = List.of(ANALYST, SUPERVISOR, INTAKE, AUDITOR, ADMINISTRATOR);

    /** The roles that read police data through search and documents. */
    public static final List<String> READERS = List.of(ANALYST, SUPERVISOR);

    private Roles() {
    }

    public static String label(String role) {
        return switch (role) {
            case INTAKE -> "intake officer";
            default -> role;
        };
    }
}
