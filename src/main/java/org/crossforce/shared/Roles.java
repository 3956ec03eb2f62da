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
    /**
     * A separate public portal's service account: hands the public's reports to the intake API
     * with its token, and opens no other door (docs/decisions/0024-separate-portal-process.md).
     */
    public static final String PORTAL = "portal";

    public static final List<String> ALL = List.of(ANALYST, SUPERVISOR, INTAKE, AUDITOR, ADMINISTRATOR, PORTAL);

    /** The roles that read police data through search and documents. */
    public static final List<String> READERS = List.of(ANALYST, SUPERVISOR);

    private Roles() {
    }

    public static String label(String role) {
        return switch (role) {
            case INTAKE -> "intake officer";
            case PORTAL -> "public portal service";
            default -> role;
        };
    }
}
