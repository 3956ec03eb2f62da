package org.crossforce.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossforce.records.Exports.KENT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.crossforce.shared.Handling;
import org.crossforce.shared.Marking;
import org.junit.jupiter.api.Test;

/** A fictional Harbour Intel export, as a JSON array and as newline-delimited JSON. */
class HarbourIntelExportTest {

    private static final String ARRAY = "harbour-intel/logs-2025-10.json";
    private static final String LINES = "harbour-intel/logs-2025-10.ndjson";

    private final ReadResult array = Exports.read(ARRAY, "harbour-intel", KENT);
    private final ReadResult lines = Exports.read(LINES, "harbour-intel", KENT);

    @Test
    void bothShapesAreRecognisedFromTheirKeys() {
        assertThat(Exports.READER.detect(Exports.file(ARRAY), "logs.json")).map(Mapping::sourceSystem)
                .contains("harbour-intel");
        assertThat(Exports.READER.detect(Exports.file(LINES), null)).map(Mapping::sourceSystem)
                .contains("harbour-intel");
    }

    @Test
    void anArrayIsReadElementByElementAndBadEntriesAreReportedByLine() {
        // Entries start on lines 2, 15, 28 and 35.
        assertThat(array.rows()).isEqualTo(4);
        assertThat(array.records()).extracting(StructuredRecord::sourceKey)
                .containsExactly("HI-2025-000123", "HI-2025-000124");
        assertThat(array.records()).extracting(StructuredRecord::line).containsExactly(2L, 15L);
        assertThat(array.errors()).containsExactly(
                new RowError(28, "created '14/10/2025' is not a date in the form ISO-8601 "
                        + "(2025-10-14T09:30:00Z, 2025-10-14 or 2025-10)."),
                new RowError(35, "logId is empty; every row needs it, as that is what tells one record from another."));
    }

    @Test
    void theBriefsExampleEntryIsMappedInFull() {
        StructuredRecord log = array.records().getFirst();
        assertThat(log.type()).isEqualTo(RecordType.INTELLIGENCE);
        assertThat(log.occurred()).isEqualTo(Instant.parse("2025-10-14T09:30:00Z"));
        assertThat(log.title()).isEqualTo("Intelligence HI-2025-000123 graded B2 – 12 Dalby Square, Margate");
        assertThat(log.marking()).isEqualTo(Marking.OFFICIAL_SENSITIVE);
        assertThat(log.handling()).isEqualTo(Handling.P);
        assertThat(log.persons()).containsExactly(
                new Person("Jonathan Smyth", "Jonathan", "Smyth", LocalDate.of(1994, 3, 14), PersonRole.SUBJECT, Map.of()));
        assertThat(log.vehicles()).containsExactly(new Vehicle("UX19 QFK", "VW", null, "grey"));
        assertThat(log.phones()).containsExactly("+447700900481");
        assertThat(log.location()).isEqualTo(new Location(51.3889, 1.3935, "12 Dalby Square, Margate", "CT9 2ER", Map.of()));
        assertThat(log.narrative()).startsWith("Subject is storing stolen laptops");
        assertThat(log.attributes())
                .containsEntry("grading.source", "B")
                .containsEntry("grading.intelligence", "2")
                .containsEntry("grading.handling", "P")
                .containsEntry("grading", "B2")
                .containsEntry("subjects[0].surname", "Smyth")
                .containsEntry("location.lat", "51.3889")
                .containsEntry("phones[0]", "+447700900481");
    }

    @Test
    void repeatedSubjectsPhonesAndEmailsAreAllRead() {
        StructuredRecord log = array.records().get(1);
        // 18:05 at +01:00 is 17:05 UTC.
        assertThat(log.occurred()).isEqualTo(Instant.parse("2025-10-15T17:05:00Z"));
        assertThat(log.persons()).containsExactly(
                new Person("Priya Patel", "Priya", "Patel", LocalDate.of(1987, 11, 2), PersonRole.VICTIM, Map.of()),
                new Person("Adam Kowalski", "Adam", "Kowalski", null, PersonRole.OTHER, Map.of()));
        assertThat(log.phones()).containsExactly("+447700900123", "01843 200300");
        assertThat(log.emails()).containsExactly("a.kowalski@example.org");
        assertThat(log.location()).isNull();
        assertThat(log.title()).isEqualTo("Intelligence HI-2025-000124 graded C3");
        assertThat(log.marking()).isEqualTo(Marking.SECRET);
        assertThat(log.handling()).isEqualTo(Handling.C);
    }

    @Test
    void newlineDelimitedEntriesFailAloneAndTheRestLoad() {
        // Line 2 is blank, line 3 is cut off, line 5 is an array rather than an entry.
        assertThat(lines.rows()).isEqualTo(4);
        assertThat(lines.records()).extracting(StructuredRecord::sourceKey)
                .containsExactly("HI-2025-000200", "HI-2025-000202");
        assertThat(lines.records()).extracting(StructuredRecord::line).containsExactly(1L, 4L);
        assertThat(lines.errors()).extracting(RowError::line).containsExactly(3L, 5L);
        assertThat(lines.errors().get(0).reason()).startsWith("The line is not valid JSON");
        assertThat(lines.errors().get(1).reason())
                .isEqualTo("The line holds an array where a record (an object) should be.");
    }

    @Test
    void twoVehiclesAndALowerCaseMarking() {
        StructuredRecord log = lines.records().get(1);
        assertThat(log.vehicles()).containsExactly(
                new Vehicle("AB12 CDE", "Ford", "Fiesta", "blue"), new Vehicle("GX65 HYT", null, null, null));
        assertThat(log.marking()).isEqualTo(Marking.OFFICIAL);
        assertThat(log.persons()).isEmpty();
        assertThat(log.title()).isEqualTo("Intelligence HI-2025-000202 graded E4");
    }
}
