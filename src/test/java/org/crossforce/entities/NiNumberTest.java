package org.crossforce.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NiNumberTest {

    @ParameterizedTest
    @CsvSource({
            "qq 12 34 56 c, QQ123456C",
            "QQ123456C, QQ123456C",
            "AB 123456 A, AB123456A",
            "JZ 98 76 54 D, JZ987654D",
            "ce123456b, CE123456B"
    })
    void validNumbersWithOrWithoutSpaces(String raw, String value) {
        assertThat(Identifiers.nino(raw)).contains(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DA123456A", "FA123456A", "IA123456A", "QA123456A", "UA123456A", "VA123456A",
            "AD123456A", "AF123456A", "AI123456A", "AO123456A", "AQ123456A", "AU123456A", "AV123456A",
            "BG123456A", "GB123456A", "KN123456A", "NK123456A", "NT123456A", "TN123456A", "ZZ123456A",
            "AB123456E", "AB12345A", "AB1234567A", ""})
    void invalidPrefixesSuffixesAndLengthsAreRejected(String raw) {
        assertThat(Identifiers.nino(raw)).isEmpty();
    }

    @Test
    void foundInTextInCapitals() {
        String text = "NI number: JZ 98 76 54 D. Employer holds QQ123456C; also AB 12 34 56 C.";
        assertThat(Found.ids(text)).containsExactly("nino:JZ987654D", "nino:QQ123456C", "nino:AB123456C");
    }

    @Test
    void lowerCaseAndPartsOfLongerCodesAreNotFoundInText() {
        assertThat(Found.ids("as 12 34 56 a, XAB123456C, AB123456CD, AB1234567C")).isEmpty();
    }
}
