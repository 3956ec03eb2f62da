package org.crossforce.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class NerScoresTest {

    @Test
    void markupIsRemovedAndGoldSpansPointIntoThePlainText() {
        AnnotatedText text = AnnotatedText.parse("t.txt",
                "# Witness statement\nI saw [[person|Jon Smyth]] in [[vrm|AB12 CDE]].\n");

        assertThat(text.description()).isEqualTo("Witness statement");
        assertThat(text.text()).isEqualTo("I saw Jon Smyth in AB12 CDE.\n");
        assertThat(text.gold()).containsExactly(new AnnotatedText.Span("person", 6, 15),
                new AnnotatedText.Span("vrm", 19, 27));
    }

    /**
     * Gold: two persons and a plate. Found: one person exact, one person a word too long, the
     * plate, and a phone that is not there. Person: P 1/2, R 1/2, F1 0.5; vrm: 1, 1, 1; phone: P 0.
     */
    @Test
    void onlyAnExactSpanOfTheRightTypeCounts() {
        NerScores scores = new NerScores();
        scores.add(List.of(span("person", 0, 9), span("person", 20, 25), span("vrm", 30, 38)),
                List.of(span("person", 0, 9), span("person", 17, 25), span("vrm", 30, 38), span("phone", 40, 52)));

        assertThat(scores.byType().get("person").precision()).isEqualTo(0.5);
        assertThat(scores.byType().get("person").recall()).isEqualTo(0.5);
        assertThat(scores.byType().get("person").f1()).isCloseTo(0.5, within(1e-9));
        assertThat(scores.byType().get("vrm").f1()).isEqualTo(1.0);
        assertThat(scores.byType().get("phone").precision()).isZero();
        NerScores.Score identifiers = scores.total(List.of("vrm", "phone"));
        assertThat(identifiers.precision()).isEqualTo(0.5);
        assertThat(identifiers.recall()).isEqualTo(1.0);
    }

    private static AnnotatedText.Span span(String type, int start, int end) {
        return new AnnotatedText.Span(type, start, end);
    }
}
