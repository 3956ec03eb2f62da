package org.crossforce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crossforce.corpus.persons.PersonsFile;
import org.crossforce.support.Commands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code er-eval} on a generated persons file of 5,000 records: the table a user reads, and the
 * accuracy Crossforce promises on data of this kind (pairwise F1 at least 0.95 with precision at
 * least 0.97 at the default thresholds).
 */
class ErEvalCommandTest {

    @Test
    void scoresTheResolutionOfALabelledFileAgainstItsTruth(@TempDir Path dir) throws IOException {
        PersonsFile.Written file = PersonsFile.write(3, 500, 5_000, dir);

        Commands.Run run = Commands.run("er-eval", "--csv", file.csv().toString(), "--truth", "Identity", "--model");

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("5000 rows, 0 row errors", "B-cubed", "blocking alone", "sent to review",
                "Date of birth  day and month swapped");
        Matcher pairwise = Pattern.compile("pairwise\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)").matcher(run.output());
        assertThat(pairwise.find()).isTrue();
        assertThat(Double.parseDouble(pairwise.group(1))).as("pairwise precision").isGreaterThanOrEqualTo(0.97);
        assertThat(Double.parseDouble(pairwise.group(3))).as("pairwise F1").isGreaterThanOrEqualTo(0.95);
        Matcher blocking = Pattern.compile("blocking alone\\s+([0-9.]+)").matcher(run.output());
        assertThat(blocking.find()).isTrue();
        assertThat(Double.parseDouble(blocking.group(1))).as("blocking recall").isGreaterThan(0.98);
    }

    @Test
    void aFileWithoutTheTruthColumnIsAClearError(@TempDir Path dir) throws IOException {
        PersonsFile.Written file = PersonsFile.write(3, 20, 200, dir);

        Commands.Run run = Commands.run("er-eval", "--csv", file.csv().toString(), "--truth", "Nobody");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("No row has a value in the column 'Nobody'");
    }
}
