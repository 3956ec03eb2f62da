package org.crossforce.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SignificanceTest {

    /**
     * 100 records; a plate in 10, a phone in 10, both in 5. The table is 5 | 5 / 5 | 85 and
     * G² = 2 (5 ln 5 + 2 · 5 ln(5/9) + 85 ln(85/81)) = 2 (8.0472 − 5.8779 + 4.0972) = 12.533.
     */
    @Test
    void twoEntitiesThatKeepCompanyScoreHigh() {
        assertThat(Significance.score(5, 10, 10, 100)).isCloseTo(12.533, within(0.001));
    }

    /** A phone in every record shares all 10 of the plate's records, exactly as chance would: 0. */
    @Test
    void aPhoneSeenWithEveryoneIsNoStrongLink() {
        assertThat(Significance.score(10, 10, 100, 100)).isCloseTo(0.0, within(1e-9));
        assertThat(Significance.score(10, 10, 100, 100)).isLessThan(Significance.score(5, 10, 10, 100));
    }

    /** Expected 10 · 10 / 100 = 1 shared record, observed 1: nothing to see. */
    @Test
    void sharingWhatChanceWouldGiveScoresZero() {
        assertThat(Significance.score(1, 10, 10, 100)).isCloseTo(0.0, within(1e-9));
    }

    /**
     * Two entities seen twice in 1,000 records, both times together: the table is 2 | 0 / 0 | 998
     * and G² = 2 (2 ln 500 + 998 ln(1000/998)) = 2 (12.429 + 1.998) = 28.854.
     */
    @Test
    void rareEntitiesAlwaysTogetherScoreHigherThanCommonOnes() {
        assertThat(Significance.score(2, 2, 2, 1000)).isCloseTo(28.854, within(0.001));
    }

    @Test
    void sharingLessThanChanceIsNegative() {
        assertThat(Significance.score(0, 50, 50, 100)).isNegative();
    }

    @Test
    void nothingInViewScoresZero() {
        assertThat(Significance.score(0, 0, 0, 0)).isZero();
    }
}
