package org.crossforce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crossforce.support.Commands;
import org.crossforce.support.TestElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code benchmark-ingest} on a small generated corpus, as an operator runs it: Tika alone, then the
 * full ingest, and where the ingest's CPU went.
 */
class BenchmarkIngestCommandTest {

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
    void printsBothRatesTheRatioAndTheCpuOfEachKindOfProcess(@TempDir Path corpus) {
        // A corpus of its own: files the shared Elasticsearch holds already would be duplicates, never read.
        Commands.Run generated = Commands.run(GenerateCorpusCommand.NAME, "--size", "40",
                "--seed", Long.toString(System.nanoTime()), "--no-progress", "--out", corpus.toString(), "--replace");
        assertThat(generated.exitCode()).as(generated.output()).isZero();

        // The corpus's README.txt is one of the files read.
        Commands.Run run = Commands.run(BenchmarkIngestCommand.NAME, "--corpus", corpus.toString(), "--force", "kent");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output())
                .containsPattern("Corpus .*: 41 files, [0-9.]+ MB, OCR off, \\d+ cores")
                .containsPattern("\\(a\\) Tika alone +[0-9.]+ files/s .* 0 failed")
                .containsPattern("\\(b\\) Crossforce ingest +[0-9.]+ files/s .* \\d+ indexed, \\d+ duplicate, 0 failed")
                .containsPattern("Ratio \\(b\\)/\\(a\\): [0-9.]+")
                .containsPattern("\\(b\\) indexed [0-9,]+ documents");
        Matcher cpu = Pattern.compile("\\(b\\) CPU by process: application ([0-9.]+) s, Elasticsearch ([0-9.]+) s, "
                + "extraction children ([0-9.]+) s; \\d+ of the \\d+ CPU-s the \\d+ cores had").matcher(run.output());
        assertThat(cpu.find()).as(run.output()).isTrue();
        assertThat(Double.parseDouble(cpu.group(1))).as("the application's CPU\n%s", run.output()).isPositive();
        assertThat(Double.parseDouble(cpu.group(3))).as("the children read the files\n%s", run.output()).isPositive();
    }
}
