package org.crossforce.cli;

import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.crossforce.support.Api;
import org.crossforce.support.Commands;
import org.crossforce.support.CrossforceIntegrationTest;
import org.crossforce.support.Fixtures;
import org.crossforce.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code ingest --url}: the command hands its files to a running Crossforce over REST. */
@CrossforceIntegrationTest
class IngestCommandToARunningCrossforceTest {

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void filesSentToARunningCrossforceAreSearchableThereWithTheirMarking(@TempDir Path dir) throws IOException {
        String marker = "Remote" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Files.writeString(dir.resolve("observation.txt"), "Observation log\n" + marker + " seen at Dover ferry port.");
        Files.copy(Fixtures.document("truncated.docx"), dir.resolve("broken.docx"));

        Commands.Run run = Commands.run("ingest", "--url", "http://localhost:" + port, "--force", "kent",
                "--token", TestAccounts.intake(context, "kent"),
                "--marking", "OFFICIAL-SENSITIVE", "--handling", "C", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).containsPattern("INDEXED +[0-9a-f]{40}  observation.txt")
                .contains("FAILED", "broken.docx", "1 indexed, 0 duplicate, 1 failed, 0 queued");
        Api api = new Api(port, context);
        var hit = api.get("/api/search?q=" + marker).body().get("hits").get(0);
        assertThat(hit.get("marking").asString()).isEqualTo("OFFICIAL-SENSITIVE");
        var doc = api.get("/api/documents/" + hit.get("id").asString()).body();
        assertThat(doc.get("handling").asString()).isEqualTo("C");
        assertThat(doc.get("file_name").asString()).isEqualTo("observation.txt");
    }

    @Test
    void withoutATokenTheCommandIsRefusedAndSaysWhy(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("note.txt"), "a note");

        Commands.Run run = Commands.run("ingest", "--url", "http://localhost:" + port, "--force", "kent",
                dir.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("Sign in first", "API token");
    }

    @Test
    void anUnreachableCrossforceIsAClearError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("note.txt"), "a note");

        Commands.Run run = Commands.run("ingest", "--url", "http://localhost:1", "--force", "kent",
                dir.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).containsIgnoringCase("localhost:1");
    }
}
