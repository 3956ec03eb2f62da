package org.crossforce.ingestion;

import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.crossforce.support.Api;
import org.crossforce.support.CrossforceIntegrationTest;
import org.crossforce.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A force's drop folder: files placed there are ingested and moved to done/ or failed/. */
@CrossforceIntegrationTest
class DropFolderIntegrationTest {

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Value("${crossforce.ingest.inbox}")
    Path inbox;

    @Test
    void filesDroppedForAForceAreIngestedAndMovedToDoneOrFailedWithTheReason() throws Exception {
        String marker = "Drop" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Path kent = Files.createDirectories(inbox.resolve("kent"));
        Files.writeString(kent.resolve("patrol-log.txt"), "Patrol log\n" + marker + " checked the harbour at Ramsgate.");
        Files.copy(Fixtures.document("truncated.docx"), kent.resolve("broken.docx"));
        Path unknown = Files.createDirectories(inbox.resolve("gotham"));
        Files.writeString(unknown.resolve("note.txt"), "left alone");

        waitFor(() -> Files.exists(kent.resolve("done/patrol-log.txt")) && Files.exists(kent.resolve("failed/broken.docx")));

        assertThat(Files.readString(kent.resolve("failed/broken.docx.reason.txt"))).contains("damaged or incomplete");
        assertThat(kent.resolve("patrol-log.txt")).doesNotExist();
        assertThat(unknown.resolve("note.txt")).exists();
        Api api = new Api(port, context);
        var hit = api.get("/api/search?q=" + marker + "&force=kent").body().get("hits").get(0);
        var doc = api.get("/api/documents/" + hit.get("id").asString()).body();
        assertThat(doc.get("deliveries").get(0).get("channel").asString()).isEqualTo("folder");
        assertThat(doc.get("deliveries").get(0).get("origin").asString()).endsWith("inbox/kent/patrol-log.txt");
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (condition.call()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The drop folder was not processed within 2 minutes");
    }
}
