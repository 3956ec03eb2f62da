package org.crossforce.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossforce.records.Exports.CITY;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * February 2017 downloaded twice: the later download has the same 597 rows in another order
 * (CRLF, BOM), 122 of them with a newer {@code Last outcome category}. Reading the later one must
 * give every row the key it had, so that ingesting it updates rather than doubles.
 */
class PoliceUkRedeliveryTest {

    private static final String THEFT = "6cc84c2d2c4832a466ae223692e80a58aeb806a8e5c5b001acf9e39d5afcfdbc#1";

    private final ReadResult original = Exports.read(
            "police-uk/street/2017-02-city-of-london-street.csv", "police-uk-street", CITY);
    private final ReadResult later = Exports.read(
            "police-uk/street-resnapshot-later-download/2017-02-city-of-london-street.csv", "police-uk-street", CITY);

    @Test
    void bothDeliveriesReadEveryRow() {
        assertThat(original.records()).hasSize(597);
        assertThat(later.records()).hasSize(597);
        assertThat(original.errors()).isEmpty();
        assertThat(later.errors()).isEmpty();
    }

    @Test
    void theLaterDeliveryHasExactlyTheSameKeys() {
        assertThat(byKey(later).keySet()).isEqualTo(byKey(original).keySet()).hasSize(597);
        assertThat(later.records()).extracting(StructuredRecord::id)
                .containsExactlyInAnyOrderElementsOf(original.records().stream().map(StructuredRecord::id).toList());
    }

    @Test
    void aCrimeKeepsItsKeyAndGetsTheLaterOutcome() {
        // Theft from the person, On or near Parking Area: line 22 first, line 23 later.
        StructuredRecord before = byKey(original).get(THEFT);
        StructuredRecord after = byKey(later).get(THEFT);
        assertThat(before.line()).isEqualTo(22);
        assertThat(after.line()).isEqualTo(23);
        assertThat(before.outcome()).isEqualTo("Under investigation");
        assertThat(after.outcome()).isEqualTo("Status update unavailable");
        assertThat(after.id()).isEqualTo(before.id());
    }

    @Test
    void anAntiSocialBehaviourRowThatMovedKeepsItsKey() {
        // ",2017-02,...,On or near Fann Street,..." is line 5 first and line 9 later.
        StructuredRecord before = Exports.byLine(original).get(5L);
        StructuredRecord after = Exports.byLine(later).get(9L);
        assertThat(before.location().address()).isEqualTo("On or near Fann Street");
        assertThat(after.sourceKey()).startsWith("content:").isEqualTo(before.sourceKey());
    }

    @Test
    void outcomesChangeOnlyWhereTheLaterDeliveryChangedThem() {
        Map<String, StructuredRecord> before = byKey(original);
        long changed = later.records().stream()
                .filter(r -> !Objects.equals(r.outcome(), before.get(r.sourceKey()).outcome()))
                .count();
        assertThat(changed).isEqualTo(122);
    }

    private static Map<String, StructuredRecord> byKey(ReadResult result) {
        return result.records().stream().collect(Collectors.toMap(StructuredRecord::sourceKey, Function.identity()));
    }
}
