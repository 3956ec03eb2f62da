package org.crossforce.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The extractors against the targets, scored on exact spans: on the held-out evaluation
 * set that {@code ner-eval} reads (never tuned on), and on the development set the person finder
 * was written against.
 */
class ExtractionTargetsTest {

    private static final List<String> IDENTIFIERS = List.of("vrm", "phone", "email", "postcode", "pnc", "nino");

    private final EntityFinder finder = new EntityFinder();

    @Test
    void identifiersAreFoundWithPrecisionAndRecallOfAtLeast98PerCent() {
        NerScores.Score ids = score(Path.of("src/main/resources/org/crossforce/entities/eval")).total(IDENTIFIERS);

        assertThat(ids.precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(ids.recall()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void personNamesAreFoundWithAnF1OfAtLeast085OnTheHeldOutSet() {
        NerScores.Score persons = score(Path.of("src/main/resources/org/crossforce/entities/eval")).byType().get("person");

        assertThat(persons.gold()).isGreaterThanOrEqualTo(300);
        assertThat(persons.f1()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void personNamesOfTheDevelopmentSetAreFound() {
        NerScores.Score persons = score(Path.of("src/test/resources/entities/dev")).byType().get("person");

        assertThat(persons.f1()).isGreaterThanOrEqualTo(0.95);
    }

    private NerScores score(Path folder) {
        NerScores scores = new NerScores();
        for (AnnotatedText text : AnnotatedText.folder(folder)) {
            scores.add(text.gold(), finder.find(text.text()).stream().map(AnnotatedText.Span::of).toList());
        }
        return scores;
    }
}
