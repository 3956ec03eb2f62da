package org.crossforce.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossforce.records.Exports.CITY;

import java.time.YearMonth;
import java.util.Map;

import org.crossforce.shared.DocumentId;
import org.junit.jupiter.api.Test;

/**
 * data.police.uk street-level crime, City of London, April 2020: 236 rows (LF, BOM), three Crime
 * IDs on two rows each, 27 anti-social behaviour rows without a Crime ID.
 */
class PoliceUkStreetExportTest {

    private static final String FILE = "police-uk/street/2020-04-city-of-london-street.csv";
    private static final String DRUGS = "87a3953302cd09a501865d4d64a194f37a7412f483528f3fb067fbd6175f2333";

    private final ReadResult result = Exports.read(FILE, "police-uk-street", CITY);
    private final Map<Long, StructuredRecord> byLine = Exports.byLine(result);

    @Test
    void isRecognisedFromItsHeaderWhateverTheFileIsCalled() {
        assertThat(Exports.READER.detect(Exports.file(FILE), "upload-7f3a.tmp"))
                .map(Mapping::sourceSystem).contains("police-uk-street");
    }

    @Test
    void everyDataRowBecomesARecord() {
        // 237 lines = header + 236 rows.
        assertThat(result.rows()).isEqualTo(236);
        assertThat(result.records()).hasSize(236);
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void keysAreUniqueWithinTheFile() {
        assertThat(result.records()).extracting(StructuredRecord::sourceKey).doesNotHaveDuplicates();
        assertThat(result.records()).extracting(StructuredRecord::id).doesNotHaveDuplicates();
    }

    @Test
    void aCrimeIdOnTwoRowsIsNumberedByOccurrence() {
        assertThat(byLine.get(76L).sourceKey()).isEqualTo(DRUGS + "#1");
        assertThat(byLine.get(84L).sourceKey()).isEqualTo(DRUGS + "#2");
        assertThat(byLine.get(84L).location().address()).isEqualTo("On or near Police Station");
        assertThat(byLine.get(162L).sourceKey()).endsWith("#1");
        assertThat(byLine.get(216L).sourceKey()).isEqualTo(
                "da942d8e61a6423d0f99fee05765a672de5643b4454f44116735ee65e6e9f609#2");
    }

    @Test
    void antiSocialBehaviourRowsAreKeyedByTheirContentAndOccurrence() {
        // Lines 20 and 26 are the same row twice; line 22 is another place.
        String first = byLine.get(20L).sourceKey();
        String again = byLine.get(26L).sourceKey();
        assertThat(first).matches("content:[0-9a-f]{32}#1");
        assertThat(again).isEqualTo(first.replace("#1", "#2"));
        assertThat(byLine.get(22L).sourceKey()).startsWith("content:").endsWith("#1").isNotEqualTo(first);
        assertThat(byLine.get(23L).sourceKey()).isEqualTo(byLine.get(22L).sourceKey().replace("#1", "#2"));
        assertThat(result.records()).filteredOn(r -> r.sourceKey().startsWith("content:")).hasSize(27)
                .allSatisfy(r -> assertThat(r.crimeType()).isEqualTo("Anti-social behaviour"));
    }

    @Test
    void theRecordIdIsDerivedFromForceSourceSystemAndKey() {
        assertThat(byLine.get(76L).id()).isEqualTo(DocumentId.forRecord(CITY, "police-uk-street", DRUGS + "#1"));
        assertThat(byLine.get(76L).force()).isEqualTo(CITY);
    }

    @Test
    void aRowIsMappedToTheRecordsFields() {
        // 87a3...,2020-04,City of London Police,City of London Police,-0.104494,51.509848,On or near A201,
        // E01032739,City of London 001F,Drugs,Status update unavailable,
        StructuredRecord drugs = byLine.get(76L);
        assertThat(drugs.type()).isEqualTo(RecordType.CRIME);
        assertThat(drugs.title()).isEqualTo("Drugs – On or near A201");
        assertThat(drugs.occurred()).isNull();
        assertThat(drugs.month()).isEqualTo(YearMonth.of(2020, 4));
        assertThat(drugs.crimeType()).isEqualTo("Drugs");
        assertThat(drugs.outcome()).isEqualTo("Status update unavailable");
        assertThat(drugs.narrative()).isNull();
        assertThat(drugs.location().latitude()).isEqualTo(51.509848);
        assertThat(drugs.location().longitude()).isEqualTo(-0.104494);
        assertThat(drugs.location().address()).isEqualTo("On or near A201");
        assertThat(drugs.location().attributes())
                .containsEntry("lsoa_code", "E01032739").containsEntry("lsoa_name", "City of London 001F");
        assertThat(drugs.marking()).isNull();
        assertThat(drugs.handling()).isNull();
        assertThat(drugs.persons()).isEmpty();
        assertThat(drugs.line()).isEqualTo(76);
    }

    @Test
    void everyColumnIsKeptAsDelivered() {
        assertThat(byLine.get(76L).attributes()).containsExactly(
                Map.entry("Crime ID", DRUGS),
                Map.entry("Month", "2020-04"),
                Map.entry("Reported by", "City of London Police"),
                Map.entry("Falls within", "City of London Police"),
                Map.entry("Longitude", "-0.104494"),
                Map.entry("Latitude", "51.509848"),
                Map.entry("Location", "On or near A201"),
                Map.entry("LSOA code", "E01032739"),
                Map.entry("LSOA name", "City of London 001F"),
                Map.entry("Crime type", "Drugs"),
                Map.entry("Last outcome category", "Status update unavailable"),
                Map.entry("Context", ""));
    }

    @Test
    void aRowWithNoLocationHasNoPoint() {
        // ...,City of London Police,,,No Location,,,Burglary,Awaiting court outcome,
        StructuredRecord burglary = byLine.get(216L);
        assertThat(burglary.location().hasPoint()).isFalse();
        assertThat(burglary.location().address()).isEqualTo("No Location");
        assertThat(burglary.title()).isEqualTo("Burglary – No Location");
        assertThat(burglary.outcome()).isEqualTo("Awaiting court outcome");
    }

    @Test
    void theSameFileReadTwiceGivesTheSameKeysInTheSameOrder() {
        ReadResult again = Exports.read(FILE, "police-uk-street", CITY);
        assertThat(again.records()).extracting(StructuredRecord::sourceKey)
                .containsExactlyElementsOf(result.records().stream().map(StructuredRecord::sourceKey).toList());
    }
}
