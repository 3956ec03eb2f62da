package org.crossforce.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossforce.records.Exports.CITY;

import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** data.police.uk outcomes, City of London, May 2017: 399 rows, 12 Crime IDs with two outcomes. */
class PoliceUkOutcomesExportTest {

    private static final String FILE = "police-uk/outcomes/2017-05-city-of-london-outcomes.csv";
    private static final String CHARGED = "157fdfe8cd04eaf2cb18b2d6377ba6002277d916f1a47dee663f588a95b3591f";

    private final ReadResult result = Exports.read(FILE, "police-uk-outcomes", CITY);
    private final Map<Long, StructuredRecord> byLine = Exports.byLine(result);

    @Test
    void isRecognisedFromItsHeader() {
        assertThat(Exports.READER.detect(Exports.file(FILE), null))
                .map(Mapping::sourceSystem).contains("police-uk-outcomes");
    }

    @Test
    void everyDataRowBecomesAnOutcomeRecordWithAUniqueKey() {
        assertThat(result.rows()).isEqualTo(399);
        assertThat(result.records()).hasSize(399)
                .allSatisfy(r -> assertThat(r.type()).isEqualTo(RecordType.OUTCOME));
        assertThat(result.errors()).isEmpty();
        assertThat(result.records()).extracting(StructuredRecord::sourceKey).doesNotHaveDuplicates();
    }

    @Test
    void aCrimesSecondOutcomeInTheMonthIsItsSecondOccurrence() {
        // Line 227: Suspect charged; line 382: Offender fined; same Crime ID, same place.
        StructuredRecord charged = byLine.get(227L);
        StructuredRecord fined = byLine.get(382L);
        assertThat(charged.sourceKey()).isEqualTo(CHARGED + "#1");
        assertThat(fined.sourceKey()).isEqualTo(CHARGED + "#2");
        assertThat(charged.outcome()).isEqualTo("Suspect charged");
        assertThat(fined.outcome()).isEqualTo("Offender fined");
        assertThat(fined.title()).isEqualTo("Offender fined – On or near PLEYDELL STREET");
        assertThat(fined.month()).isEqualTo(YearMonth.of(2017, 5));
        assertThat(fined.attributes()).containsEntry("Crime ID", CHARGED);
    }
}
