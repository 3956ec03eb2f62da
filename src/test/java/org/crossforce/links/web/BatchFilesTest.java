package org.crossforce.links.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.crossforce.links.BatchRow;
import org.crossforce.links.EntityHit;
import org.junit.jupiter.api.Test;

class BatchFilesTest {

    @Test
    void aPastedListIsOneQueryALineWithBlankLinesKeptForNumbering() {
        assertThat(BatchLines.of("AB12 CDE\n\n07700 900123\n\n")).containsExactly("AB12 CDE", "", "07700 900123");
    }

    @Test
    void aCsvGivesItsFirstColumnQuotedOrNot() {
        assertThat(BatchLines.of("\"SMYTH, Jon\",suspect\nm1 1ae,address\n")).containsExactly("SMYTH, Jon", "m1 1ae");
    }

    @Test
    void aLineWithAStrayQuoteIsReadAsWritten() {
        assertThat(BatchLines.of("O\"Neill\nAB12CDE")).containsExactly("O\"Neill", "AB12CDE");
    }

    @Test
    void theSpreadsheetHasARowPerMatchAndPerMissAndRunsNoFormula() {
        EntityHit phone = new EntityHit("phone:+447700900123", "phone", "+447700900123", 1, 2,
                Map.of("kent", 1L, "essex", 2L));
        String csv = BatchCsv.of(List.of(new BatchRow(1, "=HYPERLINK(\"x\")", List.of()),
                new BatchRow(2, "+44 7700 900123", List.of(phone))));

        assertThat(csv.lines().toList()).hasSize(3);
        assertThat(csv).contains("1,\"'=HYPERLINK(\"\"x\"\")\",,,,0,0,");
        assertThat(csv).contains("2,'+44 7700 900123,phone:+447700900123,phone,'+447700900123,1,2,");
    }
}
