package org.crossforce.audit;

import org.springframework.context.ApplicationContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.crossforce.support.Api;
import org.crossforce.support.TestAccounts;
import org.crossforce.support.CrossforceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each door to police data leaves exactly one audit entry, with who, what, from where and the outcome. */
@CrossforceIntegrationTest
class AuditedDoorsIntegrationTest {

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Test
    void uploadSearchViewTreeDownloadAndAMissEachLeaveOneEntry(@TempDir Path dir) throws IOException {
        Api api = new Api(port, context);
        TestAccounts.intake(context, "kent");
        String name = "OKONJO" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        Path note = Files.writeString(dir.resolve("stop-note.txt"), "Stop note\nA grey Astra driven by Femi " + name
                + " was stopped on the A2 at Dartford.");

        AuditEntry ingest = only(() -> api.upload("kent", Map.of("source_system", "niche-rms"), note));
        String id = ingest.records().replaceAll("[\\[\\]\"]", "");
        assertThat(ingest.action()).isEqualTo(AuditAction.INGEST);
        assertThat(ingest.outcome()).isEqualTo(AuditOutcome.OK);
        assertThat(ingest.user()).isEqualTo("test.intake.kent");
        assertThat(ingest.address()).isEqualTo("127.0.0.1");
        assertThat(ingest.details()).contains("\"files\":1", "\"force\":\"kent\"", "\"source_system\":\"niche-rms\"");

        AuditEntry search = only(() -> api.get("/api/search?q=" + name.toLowerCase(java.util.Locale.ROOT) + "&force=kent"));
        assertThat(search.action()).isEqualTo(AuditAction.SEARCH);
        assertThat(search.user()).isEqualTo("test.reader");
        assertThat(search.purpose()).isEqualTo(Api.PURPOSE);
        assertThat(search.records()).isEqualTo("[\"" + id + "\"]");
        assertThat(search.details()).contains("\"query\":\"" + name.toLowerCase(java.util.Locale.ROOT) + "\"",
                "\"forces\":[\"kent\"]", "\"total\":1");

        AuditEntry view = only(() -> api.get("/api/documents/" + id));
        assertThat(view.action()).isEqualTo(AuditAction.VIEW_DOCUMENT);
        assertThat(view.records()).isEqualTo("[\"" + id + "\"]");

        AuditEntry tree = only(() -> api.get("/api/documents/" + id + "/tree"));
        assertThat(tree.action()).isEqualTo(AuditAction.VIEW_DOCUMENT_TREE);

        AuditEntry download = only(() -> api.download("/api/documents/" + id + "/original"));
        assertThat(download.action()).isEqualTo(AuditAction.DOWNLOAD_ORIGINAL);
        assertThat(download.details()).contains("\"file_name\":\"stop-note.txt\"");

        String nothing = "0".repeat(40);
        AuditEntry miss = only(() -> assertThat(api.get("/api/documents/" + nothing).status()).isEqualTo(404));
        assertThat(miss.action()).isEqualTo(AuditAction.VIEW_DOCUMENT);
        assertThat(miss.outcome()).isEqualTo(AuditOutcome.NOT_FOUND);

        String job = ingest.details().replaceAll(".*\"job\":\"([^\"]+)\".*", "$1");
        Api intake = api.asIntakeOf("kent");
        AuditEntry jobLook = only(() -> intake.get("/api/ingest/jobs/" + job));
        assertThat(jobLook.action()).isEqualTo(AuditAction.VIEW_INGEST_JOB);
        assertThat(jobLook.records()).isEqualTo("[\"" + id + "\"]");
        long before = latestSeq();
        intake.get("/api/ingest/jobs/" + job);
        assertThat(latestSeq()).as("the page's refresh of the same job is the same look").isEqualTo(before);

        assertThat(audit.verify().isIntact()).isTrue();
    }

    /** Runs the request and answers the one entry it added to the trail. */
    private AuditEntry only(Supplier<?> request) {
        long before = latestSeq();
        request.get();
        List<AuditEntry> added = audit.find(AuditFilter.all(), 20).stream().filter(e -> e.seq() > before).toList();
        assertThat(added).as("audit entries added by one request").hasSize(1);
        return added.getFirst();
    }

    private AuditEntry only(Runnable request) {
        return only(() -> {
            request.run();
            return null;
        });
    }

    private long latestSeq() {
        return audit.find(AuditFilter.all(), 1).stream().mapToLong(AuditEntry::seq).findFirst().orElse(0);
    }
}
