package org.crossforce.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMatchTest {

    @Test
    void aNameSpeltAnotherWayIsTheNameMeant() {
        assertThat(NameMatch.matches("Jon Smyth", "john smith")).isTrue();
        assertThat(NameMatch.matches("jon smyth", "jon smyth")).isTrue();
        assertThat(NameMatch.matches("Kowalski", "tomasz kowalsky")).isTrue();
    }

    @Test
    void anInitialStandsForAForename() {
        assertThat(NameMatch.matches("J Smyth", "jon smyth")).isTrue();
        assertThat(NameMatch.matches("K Smyth", "jon smyth")).isFalse();
    }

    @Test
    void everyWordTypedMustBeInTheName() {
        assertThat(NameMatch.matches("Jon Smyth", "jon brown")).isFalse();
        assertThat(NameMatch.matches("Jon Smyth", "amara okafor")).isFalse();
    }

    @Test
    void namesThatSoundAlikeMatch() {
        assertThat(NameMatch.matches("Catherine Philips", "kathryn phillips")).isTrue();
    }

    @Test
    void editsAreCountedAsAnalystsMakeThem() {
        assertThat(NameMatch.distance("smyth", "smith")).isEqualTo(1);
        assertThat(NameMatch.distance("jon", "john")).isEqualTo(1);
        assertThat(NameMatch.distance("okafro", "okafor")).isEqualTo(1);
        assertThat(NameMatch.distance("abc", "xyz")).isEqualTo(3);
    }
}
