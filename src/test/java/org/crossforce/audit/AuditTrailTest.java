package org.crossforce.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The chain on a real H2 file with the real schema: appends, tampering, removal, concurrency. */
class AuditTrailTest {

    private static final Caller ANALYST = new Caller("a.patel", Set.of("analyst"), Set.of(ForceCode.of("kent")),
            Marking.OFFICIAL_SENSITIVE, "investigation 46/1234/25", "10.1.2.3", List.of());

    @TempDir
    Path directory;

    private JdbcClient jdbc;
    private AuditTrail audit;

    @BeforeEach
    void migrate() {
        DataSource dataSource = migratedDatabase();
        jdbc = JdbcClient.create(dataSource);
        audit = new AuditTrail(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    /** The default store: an H2 file with the schema the application migrates to. */
    DataSource migratedDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + directory.resolve("audit").toAbsolutePath());
        Flyway.configure().dataSource(h2).load().migrate();
        return h2;
    }

    @Test
    void entriesKeepWhoWhatWhenWhereAndWhyAndTheChainVerifies() {
        AuditEntry search = audit.record(AuditEvent.ok(ANALYST, AuditAction.SEARCH, List.of("d1", "d2"),
                Map.of("query", "smyth", "total", 2)));
        audit.record(AuditEvent.ok(ANALYST, AuditAction.VIEW_DOCUMENT, List.of("d1"), Map.of()));

        assertThat(search.seq()).isEqualTo(1);
        assertThat(search.previousHash()).isEqualTo(ChainHash.GENESIS);
        List<AuditEntry> latest = audit.find(AuditFilter.all(), 10);
        assertThat(latest).extracting(AuditEntry::action).containsExactly(AuditAction.VIEW_DOCUMENT, AuditAction.SEARCH);
        AuditEntry stored = latest.get(1);
        assertThat(stored).isEqualTo(search);
        assertThat(stored.user()).isEqualTo("a.patel");
        assertThat(stored.forces()).containsExactly("kent");
        assertThat(stored.address()).isEqualTo("10.1.2.3", List.of());
        assertThat(stored.purpose()).isEqualTo("investigation 46/1234/25");
        assertThat(stored.details()).isEqualTo("{\"query\":\"smyth\",\"total\":2}");
        assertThat(latest.get(0).previousHash()).isEqualTo(stored.hash());
        assertThat(audit.verify().isIntact()).isTrue();
        assertThat(audit.verify().checked()).isEqualTo(2);
    }

    @Test
    void whoLookedAtThisRecordFindsTheRecordAndNotOneWhoseIdContainsIt() {
        audit.record(AuditEvent.ok(ANALYST, AuditAction.VIEW_DOCUMENT, List.of("abc"), Map.of()));
        audit.record(AuditEvent.ok(ANALYST, AuditAction.VIEW_DOCUMENT, List.of("xabcx"), Map.of()));

        assertThat(audit.find(AuditFilter.all().byRecord("abc"), 10)).singleElement()
                .satisfies(e -> assertThat(e.records()).isEqualTo("[\"abc\"]"));
    }

    @Test
    void anExportCarriesTheMarkingTheExporterAndTheTimeAndIsItselfAudited() throws Exception {
        audit.record(AuditEvent.ok(ANALYST, AuditAction.VIEW_DOCUMENT, List.of("d1"), Map.of()));
        audit.record(AuditEvent.ok(ANALYST, AuditAction.SEARCH, List.of("d1", "d2"), Map.of("query", "a, \"b\"")));
        Caller auditor = new Caller("k.ward", Set.of("auditor"), Set.of(ForceCode.of("kent")), Marking.OFFICIAL,
                "", "10.0.0.9", List.of());
        java.io.StringWriter out = new java.io.StringWriter();

        int written = audit.export(auditor, AuditFilter.all().byRecord("d1"), 100, out);

        assertThat(written).isEqualTo(2);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.getFirst()).startsWith("# OFFICIAL-SENSITIVE - Crossforce audit trail (record=d1), exported by "
                + "k.ward at ").endsWith("2 entries.");
        assertThat(lines.get(1)).isEqualTo("seq,at,user,roles,forces,address,purpose,action,outcome,records,details,hash");
        assertThat(lines.get(2)).startsWith("2,").contains(",SEARCH,OK,");
        assertThat(lines).hasSize(4);
        assertThat(audit.find(AuditFilter.all(), 1)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.EXPORT);
            assertThat(e.user()).isEqualTo("k.ward");
            assertThat(e.details()).contains("\"entries\":2", "\"filter\":\"record=d1\"");
        });
    }

    @Test
    void entriesAreFoundByForceAndByPurposeInAnyCase() {
        audit.record(AuditEvent.ok(ANALYST, AuditAction.SEARCH, List.of(), Map.of()));
        Caller other = new Caller("b.cole", Set.of("analyst"), Set.of(ForceCode.of("kentish-town")), Marking.OFFICIAL,
                "safeguarding", "10.0.0.2", List.of());
        audit.record(AuditEvent.ok(other, AuditAction.SEARCH, List.of(), Map.of()));

        assertThat(audit.find(AuditFilter.all().byForce("kent"), 10)).extracting(AuditEntry::user).containsExactly("a.patel");
        assertThat(audit.find(AuditFilter.all().byPurpose("INVESTIGATION"), 10)).extracting(AuditEntry::user)
                .containsExactly("a.patel");
    }

    @Test
    void anEntryChangedInTheDatabaseIsNamedByTheVerification() {
        for (int i = 0; i < 5; i++) {
            audit.record(AuditEvent.ok(ANALYST, AuditAction.SEARCH, List.of(), Map.of("query", "q" + i)));
        }
        jdbc.sql("UPDATE audit_entry SET user_name = 'someone.else' WHERE seq = 3").update();

        AuditTrail.Verification result = audit.verify();

        assertThat(result.firstBroken()).contains(3L);
        assertThat(result.checked()).isEqualTo(2);
        assertThat(result.reason()).contains("changed after it was written");
    }

    @Test
    void anEntryRemovedFromTheMiddleOrTheEndIsNamed() {
        for (int i = 0; i < 4; i++) {
            audit.record(AuditEvent.ok(ANALYST, AuditAction.SEARCH, List.of(), Map.of("query", "q" + i)));
        }
        jdbc.sql("DELETE FROM audit_entry WHERE seq = 4").update();
        assertThat(audit.verify().reason()).contains("the last ones were removed");

        jdbc.sql("DELETE FROM audit_entry WHERE seq = 2").update();
        assertThat(audit.verify().firstBroken()).contains(2L);
        assertThat(audit.verify().reason()).isEqualTo("entry 2 is missing");
    }

    @Test
    void aCheckWhileEntriesAreBeingAppendedStillFindsTheChainIntact() throws Exception {
        audit.record(AuditEvent.ok(ANALYST, AuditAction.SEARCH, List.of(), Map.of()));
        Future<?> appending;
        ExecutorService pool = Executors.newSingleThreadExecutor();
        appending = pool.submit(() -> {
            for (int i = 0; i < 100; i++) {
                audit.record(AuditEvent.ok(ANALYST, AuditAction.SEARCH, List.of(), Map.of("query", "q" + i)));
            }
        });
        while (!appending.isDone()) {
            assertThat(audit.verify().isIntact()).isTrue();
        }
        appending.get();
        pool.shutdown();
        assertThat(audit.verify().checked()).isEqualTo(101);
    }

    @Test
    void aPurposeWithAnUnderscoreOrPercentSignIsFoundAsWritten() {
        Caller op = new Caller("c.hale", Set.of("analyst"), Set.of(ForceCode.of("kent")), Marking.OFFICIAL,
                "op_hawk 50%", "10.0.0.3", List.of());
        audit.record(AuditEvent.ok(op, AuditAction.SEARCH, List.of(), Map.of()));
        audit.record(AuditEvent.ok(ANALYST, AuditAction.SEARCH, List.of(), Map.of()));

        assertThat(audit.find(AuditFilter.all().byPurpose("OP_HAWK 50%"), 10)).extracting(AuditEntry::user)
                .containsExactly("c.hale");
        assertThat(audit.find(AuditFilter.all().byPurpose("op%hawk"), 10)).isEmpty();
    }

    @Test
    void appendsFromManyThreadsMakeOneUnbrokenChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<AuditEntry>> appends = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            appends.add(pool.submit(() -> audit.record(AuditEvent.ok(ANALYST, AuditAction.SEARCH, List.of(),
                    Map.of("query", "q" + n)))));
        }
        List<Long> seqs = new ArrayList<>();
        for (Future<AuditEntry> append : appends) {
            seqs.add(append.get().seq());
        }
        pool.shutdown();

        assertThat(seqs).doesNotHaveDuplicates().hasSize(200).allMatch(s -> s >= 1 && s <= 200);
        assertThat(audit.verify().isIntact()).isTrue();
        assertThat(audit.verify().checked()).isEqualTo(200);
    }
}
