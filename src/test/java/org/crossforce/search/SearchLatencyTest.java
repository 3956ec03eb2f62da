package org.crossforce.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles, worked by hand. */
class SearchLatencyTest {

    @Test
    void theNearestRankPercentileOfTenValues() {
        long[] values = {15, 20, 35, 40, 50, 1, 2, 3, 4, 100};
        // Sorted: 1 2 3 4 15 20 35 40 50 100. p50: rank ceil(5.0) = 5 -> 15; p95: rank ceil(9.5) = 10 -> 100;
        // p90: rank 9 -> 50.
        assertThat(SearchLatency.percentile(values, 50)).isEqualTo(15);
        assertThat(SearchLatency.percentile(values, 90)).isEqualTo(50);
        assertThat(SearchLatency.percentile(values, 95)).isEqualTo(100);
        assertThat(SearchLatency.percentile(values, 0)).isEqualTo(1);
    }

    @Test
    void oneValueIsEveryPercentileAndNoValuesIsAnError() {
        assertThat(SearchLatency.percentile(new long[] {7}, 95)).isEqualTo(7);
        assertThatThrownBy(() -> SearchLatency.percentile(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
    }
}
