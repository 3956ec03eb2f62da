package org.crossforce.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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
    void identifiersAreFoundWithPrecisionAndRecallOfAtLeast98PerCent() throws IOException {
        NerScores.Score ids = score(Path.of("src/main/resources/org/crossforce/entities/eval")).total(IDENTIFIERS);

        assertThat(ids.precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(ids.recall()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void personNamesAreFoundWithAnF1OfAtLeast085OnTheHeldOutSet() throws IOException {
        NerScores.Score persons = score(Path.of("src/main/resources/org/crossforce/entities/eval")).byType().get("person");

        assertThat(persons.gold()).isGreaterThanOrEqualTo(300);
        assertThat(persons.f1()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void personNamesOfTheDevelopmentSetAreFound() throws IOException {
        NerScores.Score persons = score(Path.of("src/test/resources/entities/dev")).byType().get("person");

        assertThat(persons.f1()).isGreaterThanOrEqualTo(0.95);
    }

    private NerScores score(Path folder) throws IOException {
        NerScores scores = new NerScores();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                AnnotatedText text = AnnotatedText.parse(file.getFileName().toString(), Files.readString(file));
                scores.add(text.gold(), finder.find(text.text()).stream()
                        .map(m -> new AnnotatedText.Span(m.type().prefix(), m.start(), m.end())).toList());
            }
        }
        return scores;
    }
}
