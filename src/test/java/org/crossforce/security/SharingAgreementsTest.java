package org.crossforce.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEntry;
import org.crossforce.audit.AuditFilter;
import org.crossforce.audit.AuditTrail;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;
import org.crossforce.shared.NotPermittedException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Agreements kept in the real schema: administrators only, every change audited. */
class SharingAgreementsTest {

    private static final ForceCode KENT = ForceCode.of("kent");
    private static final ForceCode ESSEX = ForceCode.of("essex");
    private static final Caller ADMIN = new Caller("s.admin", Set.of("administrator"), Set.of(KENT), Marking.OFFICIAL,
            "", "10.0.0.5", List.of());
    private static final Caller ANALYST = new Caller("a.patel", Set.of("analyst"), Set.of(KENT), Marking.SECRET,
            "", "10.0.0.6", List.of());

    @TempDir
    Path directory;

    private AuditTrail audit;
    private SharingAgreements agreements;

    @BeforeEach
    void store() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + directory.resolve("store").toAbsolutePath());
        Flyway.configure().dataSource(h2).load().migrate();
        JdbcClient jdbc = JdbcClient.create(h2);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(h2));
        audit = new AuditTrail(jdbc, transactions);
        agreements = new SharingAgreements(jdbc, transactions, audit);
    }

    @Test
    void anAdministratorAddsAndRevokesAgreementsAndTheTrailSaysWhoAndWhat() {
        SharingAgreement added = agreements.add(ADMIN, ESSEX, KENT, Marking.OFFICIAL_SENSITIVE, Set.of("analyst"), true,
                "Not for disclosure outside the investigation team");

        assertThat(agreements.sharedWith(KENT)).singleElement().satisfies(a -> {
            assertThat(a).isEqualTo(added);
            assertThat(a.conditions()).isEqualTo("Not for disclosure outside the investigation team");
        });
        assertThat(agreements.sharedWith(ESSEX)).isEmpty();

        agreements.revoke(ADMIN, added.id());

        assertThat(agreements.all()).isEmpty();
        List<AuditEntry> changes = audit.find(AuditFilter.all().byAction(AuditAction.AGREEMENT_CHANGE), 10);
        assertThat(changes).extracting(AuditEntry::user).containsExactly("s.admin", "s.admin");
        assertThat(changes.get(0).details()).contains("\"change\":\"revoked\"", "\"owner\":\"essex\"");
        assertThat(changes.get(1).details()).contains("\"change\":\"added\"", "\"up_to\":\"OFFICIAL-SENSITIVE\"");
    }

    @Test
    void onlyAnAdministratorChangesAgreements() {
        assertThatThrownBy(() -> agreements.add(ANALYST, ESSEX, KENT, Marking.OFFICIAL, Set.of("analyst"), false, ""))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("only an administrator");
        assertThat(agreements.all()).isEmpty();
    }
}
