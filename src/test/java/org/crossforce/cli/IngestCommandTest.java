package org.crossforce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.crossforce.support.Commands;
import org.crossforce.support.Commands.Run;
import org.crossforce.support.Fixtures;
import org.crossforce.support.TestElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest --force FORCE PATH...} as an operator runs it, against the real Elasticsearch. */
class IngestCommandTest {

    @BeforeAll
    static void pointAtTheTestElasticsearch(@TempDir Path dataDir) {
        System.setProperty("crossforce.elasticsearch.url", TestElasticsearch.url().toString());
        System.setProperty("crossforce.data-dir", dataDir.toString());
    }

    @AfterAll
    static void forget() {
        System.clearProperty("crossforce.elasticsearch.url");
        System.clearProperty("crossforce.data-dir");
    }

    @Test
    void ingestsADirectoryRecursivelyReportsEveryFileAndExitsNonZeroWhenOneFailed(@TempDir Path dir) throws IOException {
        String marker = "Operation " + UUID.randomUUID().toString().substring(0, 8);
        Path nested = Files.createDirectories(dir.resolve("statements/2025"));
        Files.writeString(dir.resolve("log-entry.txt"), "Intelligence log\n" + marker + ": vehicle seen in Ramsgate.");
        Files.writeString(nested.resolve("statement.txt"), "Witness statement\n" + marker + ": I saw the van.");
        Files.copy(Fixtures.document("truncated.docx"), nested.resolve("broken.docx"));

        Run first = ingest("--force", "kent", "--marking", "OFFICIAL-SENSITIVE", dir.toString());

        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.output()).containsPattern("INDEXED +[0-9a-f]{40}  .*log-entry.txt")
                .containsPattern("INDEXED +[0-9a-f]{40}  .*statement.txt")
                .containsPattern("FAILED +[0-9a-f]{40}  .*broken.docx  The Word document is damaged or incomplete")
                .contains("3 files for kent", "2 indexed, 0 duplicate, 1 failed");

        Run again = ingest("--force", "kent", dir.resolve("log-entry.txt").toString(), nested.resolve("statement.txt").toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.output()).contains("0 indexed, 2 duplicate, 0 failed");
    }

    @Test
    void anUnknownForceIsAUsageError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("note.txt"), "a note");

        Run run = ingest("--force", "gotham", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("Unknown force 'gotham'");
    }

    private static Run ingest(String... options) {
        return Commands.run("ingest", options);
    }
}
