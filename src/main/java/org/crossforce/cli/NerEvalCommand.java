package org.crossforce.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.crossforce.entities.AnnotatedText;
import org.crossforce.entities.EntityFinder;
import org.crossforce.entities.NerScores;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ner-eval}: how well the entity extractors find what a reader marked in the annotated
 * evaluation set (shipped, or {@code --set DIR}), as precision, recall and F1 per type on exact spans.
 */
@Command(name = NerEvalCommand.NAME, mixinStandardHelpOptions = true,
        description = "Score the entity extractors against an annotated evaluation set.")
final class NerEvalCommand implements Callable<Integer> {

    static final String NAME = "ner-eval";
    static final List<String> IDENTIFIERS = List.of("vrm", "phone", "email", "postcode", "pnc", "nino");

    @Option(names = "--set", description = "a folder of annotated .txt files; default: the set shipped with Crossforce")
    Path set;

    @Option(names = "--errors", description = "also list every mention missed or wrongly found")
    boolean errors;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<AnnotatedText> texts = set == null ? shipped() : AnnotatedText.folder(set);
        EntityFinder finder = new EntityFinder();
        NerScores scores = new NerScores();
        for (AnnotatedText text : texts) {
            List<AnnotatedText.Span> found = finder.find(text.text()).stream()
                    .map(AnnotatedText.Span::of).toList();
            scores.add(text.gold(), found);
            if (errors) {
                report(out, text, found);
            }
        }
        out.printf("Evaluation set: %d texts, %d marked mentions%n", texts.size(),
                texts.stream().mapToInt(t -> t.gold().size()).sum());
        out.printf("%-10s %6s %6s %6s %6s %9s %7s %6s%n", "type", "gold", "found", "right", "P", "R", "F1", "");
        scores.byType().forEach((type, score) -> {
            if (score.gold() > 0) {
                row(out, type, score);
            }
        });
        row(out, "ids", scores.total(IDENTIFIERS));
        scores.byType().forEach((type, score) -> {
            if (score.gold() == 0) {
                out.printf("%s: %d found, none marked in this set (not scored)%n", type, score.falsePositives());
            }
        });
        return 0;
    }

    private static void row(PrintWriter out, String type, NerScores.Score score) {
        out.printf("%-10s %6d %6d %6d %6.3f %9.3f %7.3f%n", type, score.gold(),
                score.truePositives() + score.falsePositives(), score.truePositives(), score.precision(),
                score.recall(), score.f1());
    }

    private static void report(PrintWriter out, AnnotatedText text, List<AnnotatedText.Span> found) {
        Set<AnnotatedText.Span> gold = new HashSet<>(text.gold());
        Set<AnnotatedText.Span> got = new HashSet<>(found);
        Stream.concat(text.gold().stream().filter(s -> !got.contains(s)).map(s -> "missed " + describe(text, s)),
                        found.stream().filter(s -> !gold.contains(s)).distinct().map(s -> "wrong  " + describe(text, s)))
                .forEach(line -> out.println(text.name() + ": " + line));
    }

    private static String describe(AnnotatedText text, AnnotatedText.Span span) {
        return span.type() + " '" + text.text().substring(span.start(), span.end()).replace('\n', ' ') + "'";
    }

    private static List<AnnotatedText> shipped() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:org/crossforce/entities/eval/*.txt");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            List<AnnotatedText> texts = new ArrayList<>();
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    texts.add(AnnotatedText.parse(file.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("The evaluation set could not be read", e);
        }
    }
}
