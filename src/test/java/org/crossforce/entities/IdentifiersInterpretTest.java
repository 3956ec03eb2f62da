package org.crossforce.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersInterpretTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ab12cde           | vrm:AB12CDE",
            "AB12 CDE          | vrm:AB12CDE",
            "  AB12 CDE        | vrm:AB12CDE",
            "07700 900123      | phone:+447700900123",
            "+447700900123     | phone:+447700900123",
            "+44 (0)7700 900123 | phone:+447700900123",
            "m1 1ae            | postcode:M1 1AE",
            "CT92RN            | postcode:CT9 2RN",
            "2001/12345H       | pnc:2001/0012345H",
            "01/12345H         | pnc:2001/0012345H",
            "qq 12 34 56 c     | nino:QQ123456C",
            "Jo@Example.org    | email:jo@example.org",
            "crack             | drug:crack cocaine",
            "Zombie Knives     | weapon:zombie knife",
            "county-lines      | drug:county lines",
            "ABC 123           | vrm:ABC123",
            "12/03/2021        | date:2021-03-12",
            "12th March 2021   | date:2021-03-12"
    })
    void aTypedQueryIsReadAsTheIdentifierItIs(String query, String id) {
        assertThat(Identifiers.interpret(query)).extracting(EntityId::toString).containsExactly(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hello", "2001/12345J", "31/02/2021", "14:30", "shoulder blade", "£1,500",
            "Jo Bloggs", "AB1234567"})
    void nothingRecognisableGivesNothing(String query) {
        assertThat(Identifiers.interpret(query)).isEmpty();
    }

    @Test
    void nullGivesNothing() {
        assertThat(Identifiers.interpret(null)).isEmpty();
        assertThat(Identifiers.vrm(null)).isEmpty();
        assertThat(Identifiers.phone(null)).isEmpty();
        assertThat(Identifiers.email(null)).isEmpty();
        assertThat(Identifiers.postcode(null)).isEmpty();
        assertThat(Identifiers.pnc(null)).isEmpty();
        assertThat(Identifiers.nino(null)).isEmpty();
    }

    @Test
    void aQueryThatCouldBeTwoThingsGivesBothMostSpecificFirst() {
        // "AB 123456 A" with its spaces is an NI number; it is no mark in any format.
        assertThat(Identifiers.interpret("AB123456A")).extracting(EntityId::toString).containsExactly("nino:AB123456A");
        // "M 1" is a dateless mark, and no postcode.
        assertThat(Identifiers.interpret("M1")).extracting(EntityId::toString).containsExactly("vrm:M1");
    }
}
