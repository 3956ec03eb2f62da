package org.crossforce.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PncIdTest {

    /**
     * Worked by hand: the two-digit year and the serial padded to seven digits, read as one
     * number, mod 23, indexes into ZABCDEFGHJKLMNPQRTUVWXY.
     * <ul>
     * <li>2001/12345: 010012345 = 10012345 = 23 x 435319 + 8, letter 8 is H
     * <li>2009/0345678: 090345678 = 90345678 = 23 x 3928072 + 22, letter 22 is Y
     * <li>1998/1234567: 981234567 = 23 x 42662372 + 11, letter 11 is L
     * <li>1985/42: 850000042 = 23 x 36956523 + 13, letter 13 is N
     * <li>2000/1: 000000001 = 1, letter 1 is A
     * </ul>
     */
    @ParameterizedTest
    @CsvSource({
            "2001/12345H, 2001/0012345H",
            "01/12345H, 2001/0012345H",
            "2009/0345678Y, 2009/0345678Y",
            "09/345678Y, 2009/0345678Y",
            "1998/1234567L, 1998/1234567L",
            "98/1234567L, 1998/1234567L",
            "1985/42N, 1985/0000042N",
            "85/42n, 1985/0000042N",
            "2000/1A, 2000/0000001A",
            "00/1A, 2000/0000001A"
    })
    void handWorkedCheckLetters(String raw, String value) {
        assertThat(Identifiers.pnc(raw)).contains(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001/12345J", "2009/0345678X", "98/1234567M", "2001/12345678H", "201/12345H", "2001/H",
            "2001-12345H", "1850/12345H", "12/03/21", ""})
    void wrongCheckLetterOrShapeIsRejected(String raw) {
        assertThat(Identifiers.pnc(raw)).isEmpty();
    }

    @Test
    void twoDigitYearsAfterTheCurrentOneAreLastCentury() {
        // 26/7654321: 267654321 = 23 x 11637144 + 9, letter 9 is J
        assertThat(PncIds.checked("26", "7654321", 'J', 2026)).contains("2026/7654321J");
        assertThat(PncIds.checked("26", "7654321", 'J', 2025)).contains("1926/7654321J");
        assertThat(PncIds.checked("2026", "7654321", 'J', 2025)).as("a year to come").isEmpty();
    }

    @Test
    void foundInTextAndAWrongCheckLetterIsNotLinked() {
        String text = "PNC ID 2001/12345H (also recorded as 01/12345H); his brother is 2009/0345678Y. "
                + "The record 2009/0345678X is mistyped.";
        assertThat(Found.mentions(text)).extracting(Mention::text, m -> m.entity().toString()).containsExactly(
                tuple("2001/12345H", "pnc:2001/0012345H"),
                tuple("01/12345H", "pnc:2001/0012345H"),
                tuple("2009/0345678Y", "pnc:2009/0345678Y"));
    }

    @Test
    void datesAreNotPncIds() {
        assertThat(Found.ids("On 12/03/21 and 2021/03/12 and 12/03/2021H.")).noneMatch(id -> id.startsWith("pnc:"));
    }
}
