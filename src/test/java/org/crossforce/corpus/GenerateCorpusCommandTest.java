package org.crossforce.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crossforce.support.Commands;
import org.crossforce.support.Commands.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate-corpus} as an operator runs it: no Spring context, no Elasticsearch. */
class GenerateCorpusCommandTest {

    @Test
    void writesTheCorpusAndSaysWhatItWrote(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("corpus");

        Run run = generate("--size", "16", "--seed", "3", "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("16 files", "MB in", "By force:", "manifest.jsonl", "Persons: 200 records");
        assertThat(Files.readAllLines(out.resolve("manifest.jsonl"))).hasSize(16);
        assertThat(out.resolve("README.txt")).exists();
        assertThat(Files.readAllLines(out.resolve("persons/persons.csv"))).hasSize(201);
    }

    @Test
    void writesThePersonsFileAloneAndReplacesIt(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("persons");

        Run run = generate("--persons-only", "--person-records", "500", "--seed", "7", "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("Persons: 500 records of", "persons.csv");
        assertThat(Files.readAllLines(out.resolve("persons/persons.csv"))).hasSize(501);
        assertThat(out.resolve("persons/persons.yml")).exists();
        assertThat(out.resolve("manifest.jsonl")).doesNotExist();
        assertThat(generate("--persons-only", "--out", out.toString()).exitCode()).isEqualTo(2);
        assertThat(generate("--persons-only", "--out", out.toString(), "--replace").exitCode()).isZero();
        assertThat(Files.readAllLines(out.resolve("persons/persons.csv"))).hasSize(10_001);
        assertThat(generate("--persons-only", "--person-records", "0", "--out", dir.resolve("none").toString())
                .output()).contains("person records must be between 1 and");
    }

    @Test
    void refusesADirectoryThatIsNotEmptyUnlessItHoldsACorpusToReplace(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not a corpus");

        Run refused = generate("--size", "3", "--out", dir.toString(), "--no-progress");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.output()).contains("is not empty");
        assertThat(dir.resolve("notes.txt")).exists();

        Path corpus = dir.resolve("corpus");
        assertThat(generate("--size", "3", "--out", corpus.toString(), "--no-progress").exitCode()).isZero();
        assertThat(generate("--size", "3", "--out", corpus.toString(), "--no-progress").exitCode()).isEqualTo(2);
        Run replaced = generate("--size", "4", "--out", corpus.toString(), "--no-progress", "--replace");
        assertThat(replaced.exitCode()).isZero();
        assertThat(Files.readAllLines(corpus.resolve("manifest.jsonl"))).hasSize(4);
    }

    @Test
    void aSizeOfZeroIsAUsageError(@TempDir Path dir) {
        Run run = generate("--size", "0", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("between 1 and");
    }

    private static Run generate(String... options) {
        return Commands.run("generate-corpus", options);
    }
}
