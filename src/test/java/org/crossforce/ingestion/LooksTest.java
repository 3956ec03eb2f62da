package org.crossforce.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LooksTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Test
    void aLookWithinTheWindowIsTheSameLookAndOneAfterItANewOne() {
        Looks looks = new Looks();
        assertThat(looks.firstIn("a.patel|job-1", TEN_MINUTES, T0)).isTrue();
        assertThat(looks.firstIn("a.patel|job-1", TEN_MINUTES, T0.plusSeconds(2))).isFalse();
        assertThat(looks.firstIn("a.patel|job-1", TEN_MINUTES, T0.plusSeconds(599))).isFalse();
        // The window runs from the look that was recorded, not from the last refresh.
        assertThat(looks.firstIn("a.patel|job-1", TEN_MINUTES, T0.plusSeconds(601))).isTrue();
    }

    @Test
    void anotherUserOrAnotherJobIsAnotherLook() {
        Looks looks = new Looks();
        assertThat(looks.firstIn("a.patel|job-1", TEN_MINUTES, T0)).isTrue();
        assertThat(looks.firstIn("b.cole|job-1", TEN_MINUTES, T0)).isTrue();
        assertThat(looks.firstIn("a.patel|job-2", TEN_MINUTES, T0)).isTrue();
    }
}
