package org.crossforce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.crossforce.support.Commands;
import org.crossforce.support.TestElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code benchmark-portal} with small numbers, as an operator runs it: Crossforce started with its
 * web server, clients walking the real report pages, and every acknowledged report found in its
 * force's intake queue.
 */
class BenchmarkPortalCommandTest {

    @BeforeAll
    static void pointAtTheTestElasticsearch() {
        System.setProperty("crossforce.elasticsearch.url", TestElasticsearch.url().toString());
    }

    @AfterAll
    static void forget() {
        System.clearProperty("crossforce.elasticsearch.url");
    }

    @Test
    void eightClientsSendSixteenReportsTwoWithAPhotoAndNoneIsLost(@TempDir Path dataDir) {
        Commands.Run run = Commands.run(BenchmarkPortalCommand.NAME, "--clients", "8", "--reports", "16",
                "--photo-share", "0.125", "--photo-mb", "0.3", "--data-dir", dataDir.toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output())
                .contains("Portal load: 8 clients, 16 reports (2 with a", "every client comes from 127.0.0.1")
                .containsPattern("acknowledged +16\\n")
                .containsPattern("refused or errored +0\\n")
                .contains("CPU of this process", "load average")
                .containsPattern("acknowledgement, without files +14 +\\d+")
                .containsPattern("acknowledgement, with a photo +2 +\\d+")
                .containsPattern("  send +16 +\\d+")
                .containsPattern("  upload +2 +\\d+")
                .contains("Greater Manchester Police", "Kent Police", "South Wales Police")
                .containsPattern("all forces +16 +16 +0 +0 +0\\n")
                .contains("Count check passed");
    }
}
