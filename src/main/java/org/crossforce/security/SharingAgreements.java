package org.crossforce.security;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEvent;
import org.crossforce.audit.AuditTrail;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;
import org.crossforce.shared.NotPermittedException;
import org.crossforce.shared.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sharing agreements between forces, kept in the relational store. Only administrators
 * change them, and every change is on the audit trail.
 */
@Service
public class SharingAgreements {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    SharingAgreements(JdbcClient jdbc, TransactionTemplate transactions, AuditTrail audit) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
    }

    public List<SharingAgreement> all() {
        return jdbc.sql("SELECT * FROM sharing_agreement ORDER BY owner_force, recipient_force, id")
                .query((rs, n) -> new SharingAgreement(rs.getString("id"), ForceCode.of(rs.getString("owner_force")),
                        ForceCode.of(rs.getString("recipient_force")), Marking.parse(rs.getString("up_to")),
                        Set.copyOf(Arrays.asList(rs.getString("roles").split(","))), rs.getBoolean("conditional"),
                        rs.getString("conditions"), rs.getString("created_by"),
                        rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Agreements under which a force's people may read another force's records. */
    public List<SharingAgreement> sharedWith(ForceCode recipient) {
        return all().stream().filter(a -> a.recipient().equals(recipient)).toList();
    }

    public SharingAgreement add(Caller administrator, ForceCode owner, ForceCode recipient, Marking upTo,
            Set<String> roles, boolean conditional, String conditions) {
        requireAdministrator(administrator, "add a sharing agreement");
        SharingAgreement agreement = new SharingAgreement(UUID.randomUUID().toString(), owner, recipient, upTo, roles,
                conditional, conditions, administrator.user(), Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
        // The change and its audit entry commit together, or neither does.
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                    INSERT INTO sharing_agreement (id, owner_force, recipient_force, up_to, roles, conditional, conditions,
                        created_by, created_at)
                    VALUES (:id, :owner, :recipient, :upTo, :roles, :conditional, :conditions, :by, :at)""")
                    .param("id", agreement.id()).param("owner", owner.value()).param("recipient", recipient.value())
                    .param("upTo", upTo.label()).param("roles", String.join(",", roles.stream().sorted().toList()))
                    .param("conditional", conditional).param("conditions", agreement.conditions())
                    .param("by", agreement.createdBy())
                    .param("at", agreement.created().atOffset(java.time.ZoneOffset.UTC))
                    .update();
            audit.record(AuditEvent.ok(administrator, AuditAction.AGREEMENT_CHANGE, List.of(),
                    describe("added", agreement)));
        });
        return agreement;
    }

    public void revoke(Caller administrator, String id) {
        requireAdministrator(administrator, "revoke a sharing agreement");
        transactions.executeWithoutResult(status -> {
            SharingAgreement agreement = all().stream().filter(a -> a.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("There is no sharing agreement " + id));
            jdbc.sql("DELETE FROM sharing_agreement WHERE id = :id").param("id", id).update();
            audit.record(AuditEvent.ok(administrator, AuditAction.AGREEMENT_CHANGE, List.of(),
                    describe("revoked", agreement)));
        });
    }

    private static Map<String, Object> describe(String change, SharingAgreement a) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("change", change);
        details.put("agreement", a.id());
        details.put("owner", a.owner().value());
        details.put("recipient", a.recipient().value());
        details.put("up_to", a.upTo().label());
        details.put("roles", a.roles().stream().sorted().toList());
        details.put("conditional", a.conditional());
        details.put("conditions", a.conditions());
        return details;
    }

    private static void requireAdministrator(Caller caller, String what) {
        if (!caller.roles().contains(Roles.ADMINISTRATOR)) {
            throw new NotPermittedException(caller.user() + " may not " + what + ": only an administrator may.");
        }
    }
}
