package org.crossforce.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @CsvSource({
            "m1 1ae, M1 1AE",
            "M11AE, M1 1AE",
            "CT92RN, CT9 2RN",
            "ct9 2rn, CT9 2RN",
            "B33 8TH, B33 8TH",
            "CR2 6XH, CR2 6XH",
            "DN55 1PT, DN55 1PT",
            "W1A 0AX, W1A 0AX",
            "EC1A 1BB, EC1A 1BB",
            "SW1A  2AA, SW1A 2AA",
            "gir 0aa, GIR 0AA"
    })
    void everyOutwardShapeWithOrWithoutTheSpace(String raw, String value) {
        assertThat(Identifiers.postcode(raw)).contains(value);
    }

    /** AB1 2CD has the shape, but C is never an inward letter (nor I, K, M, O, V). */
    @ParameterizedTest
    @ValueSource(strings = {"", "AB12 CDE", "Q1 1AA", "V1 1AA", "X1 1AA", "AJ1 1AA", "M1 1AC", "M1 1IA",
            "EC1Z 1BB", "CT9 RN", "CT9 22RN", "AB1 2CD", "12345"})
    void notPostcodes(String raw) {
        assertThat(Identifiers.postcode(raw)).isEmpty();
    }

    @Test
    void freeTextTakesSpacedPostcodesInAnyCase() {
        assertThat(Found.ids("Lives at 14 Northdown Road, Margate CT9 2RN, formerly of m1 1ae."))
                .filteredOn(id -> id.startsWith("postcode:")).containsExactly("postcode:CT9 2RN", "postcode:M1 1AE");
    }

    /** Decision: written solid, a postcode must be in capitals, as record systems that drop the space write it. */
    @Test
    void freeTextTakesSolidPostcodesOnlyInCapitals() {
        assertThat(Found.ids("Address CT92RN, not ct92rn.")).containsExactly("postcode:CT9 2RN");
    }

    @Test
    void aPostcodeIsNotAlsoAMark() {
        assertThat(Found.ids("THE VAN REG WAS SEEN AT CT9 2RN AND AB1 2BD.")).containsExactly("postcode:CT9 2RN",
                "postcode:AB1 2BD");
    }

    @Test
    void aMarkIsNotAPostcode() {
        assertThat(Found.ids("AB12CDE and AB12 CDE", EntityType.POSTCODE)).isEmpty();
    }

    @Test
    void partOfAWordOrLongerCodeIsNotAPostcode() {
        assertThat(Found.ids("XCT9 2RN, CT9 2RNX, CT9 2RN/4")).isEmpty();
    }
}
