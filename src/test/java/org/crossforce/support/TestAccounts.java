package org.crossforce.support;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crossforce.forces.Force;
import org.crossforce.forces.Forces;
import org.crossforce.security.Accounts;
import org.crossforce.security.SharingAgreements;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;
import org.springframework.context.ApplicationContext;

/**
 * Real accounts and API tokens for the tests' requests, made through the same services an
 * administrator uses. The reader works for a force of its own that every force shares everything
 * with, so that tests which are not about access read what they ingested.
 */
public final class TestAccounts {

    public static final String PASSWORD = "correct horse battery";
    public static final ForceCode READER_HOME = ForceCode.of("test-reading-room");
    public static final Caller ADMIN = new Caller("test.admin", Set.of(Roles.ADMINISTRATOR), Set.of(),
            Marking.OFFICIAL, "", "test", List.of());

    private TestAccounts() {
    }

    /** An account with these roles, created if it is not there yet. */
    public static synchronized void ensure(ApplicationContext context, String username, Set<String> roles,
            ForceCode home, Marking clearance) {
        Accounts accounts = context.getBean(Accounts.class);
        if (accounts.find(username).isEmpty()) {
            accounts.create(ADMIN, new Accounts.NewAccount(username, username, roles, home, clearance, PASSWORD, false));
        }
    }

    /** One token per account and application, issued once: issuing is itself on the audit trail. */
    public static synchronized String token(ApplicationContext context, String username, Set<String> roles,
            ForceCode home, Marking clearance) {
        ensure(context, username, roles, home, clearance);
        return TOKENS.computeIfAbsent(context, c -> new java.util.HashMap<>()).computeIfAbsent(username,
                u -> context.getBean(Accounts.class).issueToken(ADMIN, u, "tests"));
    }

    private static final Map<ApplicationContext, Map<String, String>> TOKENS = new java.util.WeakHashMap<>();

    /** An analyst cleared for SECRET who reads every force's records, handling code C included. */
    public static synchronized String readerEverywhere(ApplicationContext context) {
        SharingAgreements agreements = context.getBean(SharingAgreements.class);
        if (agreements.sharedWith(READER_HOME).isEmpty()) {
            for (Force force : context.getBean(Forces.class).all()) {
                agreements.add(ADMIN, force.code(), READER_HOME, Marking.SECRET, Set.of(Roles.ANALYST), true,
                        "Test reading room");
            }
        }
        return token(context, "test.reader", Set.of(Roles.ANALYST), READER_HOME, Marking.SECRET);
    }

    /** An intake officer of one force. */
    public static String intake(ApplicationContext context, String force) {
        return token(context, "test.intake." + force, Set.of(Roles.INTAKE), ForceCode.of(force), Marking.SECRET);
    }
}
