package org.crossforce.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChainHashTest {

    @Test
    void theHashCoversThePreviousHashAndEachFieldWrittenWithItsLength() throws Exception {
        // By hand: "64:" + 64 zeros + "\n", then "1:a\n", then "3:bcé" is 4 bytes in UTF-8: "4:bcé\n".
        String input = "64:" + "0".repeat(64) + "\n" + "1:a\n" + "4:bcé\n";
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8)));

        assertThat(ChainHash.of(ChainHash.GENESIS, List.of("a", "bcé"))).isEqualTo(expected);
    }

    @Test
    void movingTextFromOneFieldToTheNextChangesTheHash() {
        assertThat(ChainHash.of(ChainHash.GENESIS, List.of("ab", "c")))
                .isNotEqualTo(ChainHash.of(ChainHash.GENESIS, List.of("a", "bc")));
    }

    @Test
    void theSameFieldsAfterAnotherEntryGiveAnotherHash() {
        String first = ChainHash.of(ChainHash.GENESIS, List.of("search"));
        assertThat(ChainHash.of(first, List.of("search"))).isNotEqualTo(first);
    }
}
