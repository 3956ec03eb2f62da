package org.crossforce.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What detection does with files no mapping fits, and reading a file with the wrong mapping. */
class DetectionTest {

    @TempDir
    Path directory;

    @Test
    void aCsvWithAnotherHeaderFitsNoMapping() throws IOException {
        Path file = Files.writeString(directory.resolve("x.csv"), "Crime ID,Month,Crime type\nabc,2020-04,Drugs\n");
        assertThat(Exports.READER.detect(file, "2020-04-city-of-london-street.csv")).isEmpty();
    }

    @Test
    void aHeaderInAnotherOrderAndCaseStillFits() throws IOException {
        Path file = Files.writeString(directory.resolve("x.csv"), "month,crime id,Reported by,Falls within,Longitude,"
                + "Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n");
        assertThat(Exports.READER.detect(file, null)).map(Mapping::sourceSystem).contains("police-uk-street");
    }

    @Test
    void binaryAndEmptyFilesFitNoMapping() throws IOException {
        Path pdf = Files.write(directory.resolve("a.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, 1, 2, '"'});
        Path empty = Files.write(directory.resolve("empty.csv"), new byte[0]);
        Path json = Files.writeString(directory.resolve("other.json"), "[{\"id\": 1, \"name\": \"x\"}]");
        assertThat(Exports.READER.detect(pdf, "a.pdf")).isEmpty();
        assertThat(Exports.READER.detect(empty, "empty.csv")).isEmpty();
        assertThat(Exports.READER.detect(json, "other.json")).isEmpty();
    }

    @Test
    void readingAFileWithTheWrongMappingSaysWhichColumnsAreMissing() {
        assertThatThrownBy(() -> Exports.read("beacon-rms/occurrences-2025-10.csv", "police-uk-outcomes", Exports.KENT))
                .isInstanceOf(UnreadableExportException.class)
                .hasMessageStartingWith("This file is not a data.police.uk outcomes export: its header lacks 'Crime ID', "
                        + "'Month'");
    }

    @Test
    void readingCsvAsJsonSaysItIsNotJson() {
        assertThatThrownBy(() -> Exports.read("beacon-rms/occurrences-2025-10.csv", "harbour-intel", Exports.KENT))
                .isInstanceOf(UnreadableExportException.class)
                .hasMessage("This file is not JSON of records: it should be an array of objects or one object a line.");
    }

    @Test
    void anUnclosedQuoteStopsTheReadAtThatRowAndKeepsTheRowsBefore() throws IOException {
        String header = String.join(",", Exports.mapping("beacon-rms").expectedColumns());
        String good = "BR-1,14/10/2025 09:30,Theft,,,,,,,,,,,,,,,,OFFICIAL,P";
        Path file = Files.writeString(directory.resolve("cut.csv"),
                header + "\n" + good + "\nBR-2,14/10/2025 09:31,\"Theft,,,,,,,,,,,,,,,,OFFICIAL,P\n");
        ReadResult result = Exports.READER.read(file, Exports.mapping("beacon-rms"), Exports.KENT);
        assertThat(result.records()).extracting(StructuredRecord::sourceKey).containsExactly("BR-1");
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.reason()).contains("a quote is probably not closed");
        });
    }
}
