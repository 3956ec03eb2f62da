package org.crossforce.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossforce.records.Exports.KENT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crossforce.shared.Handling;
import org.crossforce.shared.Marking;
import org.junit.jupiter.api.Test;

/**
 * A fictional Beacon RMS export (UTF-8 BOM, CRLF and LF mixed, a quoted narrative over two lines)
 * with ten rows, six of them bad in different ways. Times are UK local: October 2025 is BST.
 */
class BeaconRmsExportTest {

    private static final String FILE = "beacon-rms/occurrences-2025-10.csv";

    private final ReadResult result = Exports.read(FILE, "beacon-rms", KENT);
    private final Map<Long, StructuredRecord> byLine = Exports.byLine(result);

    @Test
    void isRecognisedFromItsHeader() {
        assertThat(Exports.READER.detect(Exports.file(FILE), "export.csv"))
                .map(Mapping::sourceSystem).contains("beacon-rms");
    }

    @Test
    void badRowsAreReportedWithTheirLineAndTheOthersLoad() {
        assertThat(result.rows()).isEqualTo(10);
        assertThat(result.records()).extracting(StructuredRecord::line).containsExactly(2L, 3L, 7L, 10L);
        assertThat(result.errors()).containsExactly(
                new RowError(5, "Reported '31/10/2025 25:10' is not a date in any of the forms "
                        + "dd/MM/yyyy HH:mm, dd/MM/yyyy HH:mm:ss."),
                new RowError(6, "Occurrence No is empty; every row needs it, as that is what tells one record "
                        + "from another."),
                new RowError(8, "Person 1 DOB '30/02/1980' is not a date in the form dd/MM/yyyy."),
                new RowError(9, "Protective Marking 'TOP SECRET' is not a marking Crossforce knows: "
                        + "OFFICIAL, OFFICIAL-SENSITIVE or SECRET."),
                new RowError(11, "Occurrence No 'BR-2025-000101' was already used on line 2; a key must be "
                        + "unique within the file."),
                new RowError(12, "The row has 3 values where the header has 20 columns."));
    }

    @Test
    void theOccurrenceNumberIsTheKey() {
        assertThat(result.records()).extracting(StructuredRecord::sourceKey)
                .containsExactly("BR-2025-000101", "BR-2025-000102", "BR-2025-000105", "BR-2025-000108");
        assertThat(result.records()).allSatisfy(r -> assertThat(r.type()).isEqualTo(RecordType.INCIDENT));
    }

    @Test
    void ukLocalTimesBecomeInstants() {
        // 14/10/2025 09:30 in London is 08:30 UTC (BST).
        assertThat(byLine.get(2L).occurred()).isEqualTo(Instant.parse("2025-10-14T08:30:00Z"));
        assertThat(byLine.get(2L).month()).isEqualTo(YearMonth.of(2025, 10));
        assertThat(byLine.get(3L).occurred()).isEqualTo(Instant.parse("2025-10-15T22:05:00Z"));
    }

    @Test
    void namesWrittenSurnameFirstAreSplit() {
        StructuredRecord burglary = byLine.get(2L);
        assertThat(burglary.persons()).containsExactly(
                new Person("Jonathan SMYTH", "Jonathan", "SMYTH", LocalDate.of(1994, 3, 14), PersonRole.SUSPECT, Map.of()),
                new Person("Priya PATEL", "Priya", "PATEL", LocalDate.of(1987, 11, 2), PersonRole.VICTIM, Map.of()));
        assertThat(byLine.get(3L).persons()).containsExactly(
                new Person("Siobhan Marie O'NEILL", "Siobhan Marie", "O'NEILL", LocalDate.of(2001, 7, 21),
                        PersonRole.VICTIM, Map.of()),
                new Person("Adam KOWALSKI", "Adam", "KOWALSKI", null, PersonRole.WITNESS, Map.of()));
    }

    @Test
    void aNameWithoutTheCommaStaysWholeAndAnUnknownRoleIsOther() {
        // "EVANS, Mary" with role RP (reporting person, which the mapping does not list); "Dylan Evans", WIT.
        assertThat(byLine.get(10L).persons()).containsExactly(
                new Person("Mary EVANS", "Mary", "EVANS", LocalDate.of(1950, 5, 5), PersonRole.OTHER, Map.of()),
                new Person("Dylan Evans", null, null, null, PersonRole.WITNESS, Map.of()));
    }

    @Test
    void theRestOfARowIsMapped() {
        StructuredRecord burglary = byLine.get(2L);
        assertThat(burglary.title()).isEqualTo("Burglary - dwelling – 12 Dalby Square, Margate");
        assertThat(burglary.crimeType()).isEqualTo("Burglary - dwelling");
        assertThat(burglary.location()).isEqualTo(
                new Location(51.3889, 1.3935, "12 Dalby Square, Margate", "CT9 2ER", Map.of()));
        assertThat(burglary.vehicles()).containsExactly(new Vehicle("UX19 QFK", "Volkswagen", null, "Grey"));
        assertThat(burglary.phones()).containsExactly("07700 900481");
        assertThat(burglary.emails()).isEmpty();
        assertThat(burglary.attributes()).hasSize(20).containsEntry("Person 1 Role", "SUS")
                .containsEntry("Vehicle VRM", "UX19 QFK");
    }

    @Test
    void aQuotedNarrativeKeepsItsLineBreakAndQuotes() {
        assertThat(byLine.get(3L).narrative()).isEqualTo(
                "Victim struck outside the bar.\nWitness gave a first account at the scene, \"he ran towards the station\".");
        assertThat(byLine.get(3L).vehicles()).isEmpty();
    }

    @Test
    void markingAndHandlingAreMappedAndLeftNullWhenBlank() {
        assertThat(byLine.get(2L).marking()).isEqualTo(Marking.OFFICIAL_SENSITIVE);
        assertThat(byLine.get(2L).handling()).isEqualTo(Handling.P);
        assertThat(byLine.get(3L).marking()).isEqualTo(Marking.OFFICIAL);
        assertThat(byLine.get(3L).handling()).isEqualTo(Handling.C);
        // "OS" and the old 5x5x5 handling code 4, through the mapping's value maps.
        assertThat(byLine.get(7L).marking()).isEqualTo(Marking.OFFICIAL_SENSITIVE);
        assertThat(byLine.get(7L).handling()).isEqualTo(Handling.C);
        assertThat(byLine.get(10L).marking()).isNull();
        assertThat(byLine.get(10L).handling()).isNull();
    }

    @Test
    void aRowWithoutCoordinatesHasAnAddressButNoPoint() {
        Location place = byLine.get(7L).location();
        assertThat(place.hasPoint()).isFalse();
        assertThat(place.address()).isEqualTo("Northdown Road, Cliftonville");
        assertThat(byLine.get(7L).persons()).isEmpty();
        assertThat(byLine.get(7L).vehicles()).containsExactly(new Vehicle("AB12 CDE", "Ford", null, "Blue"));
    }

    @Test
    void streamingHandsOnTheSameRecordsAndCountsTheErrors() {
        List<StructuredRecord> seen = new ArrayList<>();
        ReadSummary summary = Exports.READER.stream(Exports.file(FILE), Exports.mapping("beacon-rms"), KENT, seen::add);
        assertThat(seen).isEqualTo(result.records());
        assertThat(summary.rows()).isEqualTo(10);
        assertThat(summary.loaded()).isEqualTo(4);
        assertThat(summary.errorCount()).isEqualTo(6);
        assertThat(summary.errors()).isEqualTo(result.errors());
    }
}
