package org.crossforce.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossforce.records.Exports.CITY;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * data.police.uk stop and search, City of London, March 2017: 88 rows (CRLF, no BOM), no id
 * column, no coordinates, lines 14 and 15 identical.
 */
class PoliceUkStopAndSearchExportTest {

    private static final String FILE = "police-uk/stop-and-search/2017-03-city-of-london-stop-and-search.csv";

    private final ReadResult result = Exports.read(FILE, "police-uk-stop-and-search", CITY);
    private final Map<Long, StructuredRecord> byLine = Exports.byLine(result);

    @Test
    void isRecognisedFromItsHeader() {
        assertThat(Exports.READER.detect(Exports.file(FILE), "2017-03-city-of-london-stop-and-search.csv"))
                .map(Mapping::sourceSystem).contains("police-uk-stop-and-search");
    }

    @Test
    void everyDataRowBecomesARecordWithAUniqueKey() {
        assertThat(result.rows()).isEqualTo(88);
        assertThat(result.records()).hasSize(88);
        assertThat(result.errors()).isEmpty();
        assertThat(result.records()).extracting(StructuredRecord::sourceKey).doesNotHaveDuplicates();
    }

    @Test
    void identicalRowsShareAContentHashAndDifferByOccurrence() {
        String first = byLine.get(14L).sourceKey();
        assertThat(first).matches("content:[0-9a-f]{32}#1");
        assertThat(byLine.get(15L).sourceKey()).isEqualTo(first.replace("#1", "#2"));
    }

    @Test
    void theSearchTimeIsAnInstantAndThePersonSearchedASubject() {
        // Person search,2017-03-01T10:49:00+00:00,,,,,Male,over 34,Black or Black British - African (B2),Black,
        // Police and Criminal Evidence Act 1984 (section 1),Article for use in theft,Local resolution,True,False
        StructuredRecord search = byLine.get(2L);
        assertThat(search.type()).isEqualTo(RecordType.STOP_AND_SEARCH);
        assertThat(search.occurred()).isEqualTo(Instant.parse("2017-03-01T10:49:00Z"));
        assertThat(search.month()).isEqualTo(YearMonth.of(2017, 3));
        assertThat(search.title()).isEqualTo("Person search – Article for use in theft: Local resolution");
        assertThat(search.outcome()).isEqualTo("Local resolution");
        assertThat(search.location()).isNull();
        assertThat(search.persons()).singleElement().satisfies(person -> {
            assertThat(person.role()).isEqualTo(PersonRole.SUBJECT);
            assertThat(person.name()).isNull();
            assertThat(person.attributes()).containsEntry("gender", "Male").containsEntry("age_range", "over 34")
                    .containsEntry("officer_defined_ethnicity", "Black");
        });
    }

    @Test
    void aVehicleSearchHasNoPerson() {
        // Vehicle search,2017-03-24T09:47:00+00:00,,,,,,,,,...
        assertThat(byLine.get(65L).persons()).isEmpty();
        assertThat(byLine.get(65L).title())
                .isEqualTo("Vehicle search – Anything to threaten or harm anyone: Nothing found - no further action");
    }
}
