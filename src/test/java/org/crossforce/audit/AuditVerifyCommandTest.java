package org.crossforce.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;
import org.crossforce.support.Commands;
import org.crossforce.support.Commands.Run;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code audit-verify} as an operator runs it against a data directory. */
class AuditVerifyCommandTest {

    private static final Caller AUDITOR_SUBJECT = new Caller("j.reid", Set.of("analyst"), Set.of(ForceCode.of("btp")),
            Marking.OFFICIAL, "safeguarding", "10.9.8.7", List.of());

    @TempDir
    Path dataDir;

    @AfterEach
    void forgetDataDir() {
        System.clearProperty("crossforce.data-dir");
    }

    @Test
    void anIntactTrailPassesAndAChangedEntryIsNamedWithExitCodeOne() {
        System.setProperty("crossforce.data-dir", dataDir.toString());
        Run empty = Commands.run("audit-verify");
        assertThat(empty.exitCode()).as(empty.output()).isZero();
        assertThat(empty.output()).contains("The audit trail is intact: 0 entries");

        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("database/crossforce")
                + ";WRITE_DELAY=0;AUTO_SERVER=TRUE");
        h2.setUser("crossforce");
        JdbcClient jdbc = JdbcClient.create(h2);
        AuditTrail audit = new AuditTrail(jdbc, new TransactionTemplate(new DataSourceTransactionManager(h2)));
        for (int i = 0; i < 3; i++) {
            audit.record(AuditEvent.ok(AUDITOR_SUBJECT, AuditAction.VIEW_DOCUMENT, List.of("doc-" + i), Map.of()));
        }
        Run intact = Commands.run("audit-verify");
        assertThat(intact.exitCode()).isZero();
        assertThat(intact.output()).contains("intact: 3 entries");

        jdbc.sql("UPDATE audit_entry SET records = '[\"doc-9\"]' WHERE seq = 2").update();
        Run broken = Commands.run("audit-verify");

        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.output()).contains("BROKEN at entry 2", "was changed after it was written",
                "The entry before it is intact.");
    }
}
