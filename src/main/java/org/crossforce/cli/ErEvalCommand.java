package org.crossforce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.crossforce.identity.Evaluation;
import org.crossforce.identity.PersonRecord;
import org.crossforce.identity.PersonRecords;
import org.crossforce.identity.Resolution;
import org.crossforce.identity.ResolutionSettings;
import org.crossforce.identity.ResolutionStats;
import org.crossforce.records.ExportReader;
import org.crossforce.records.Mapping;
import org.crossforce.records.MappingRegistry;
import org.crossforce.records.ReadSummary;
import org.crossforce.records.StructuredRecord;
import org.crossforce.shared.ForceCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code er-eval}: resolves a labelled file of person records and scores the identities against
 * its ground-truth column: pairwise and B-cubed precision, recall and F1, the recall of blocking
 * alone, and the share of candidate pairs left for review.
 */
@Command(name = ErEvalCommand.NAME, mixinStandardHelpOptions = true,
        description = "Score identity resolution against a file of person records with a ground-truth identity column.")
final class ErEvalCommand implements Callable<Integer> {

    static final String NAME = "er-eval";

    @Option(names = "--csv", required = true, description = "the person records (any export a mapping reads)")
    Path file;

    @Option(names = "--mapping", description = "the mapping (YAML) that reads it; default: recognised by its columns")
    Path mappingFile;

    @Option(names = "--truth", required = true, description = "the column holding each row's true identity")
    String truth;

    @Option(names = "--force", defaultValue = "evaluation", description = "the force code the records are read as")
    String force;

    @Option(names = "--auto", description = "the match probability to join at (default ${DEFAULT-VALUE})",
            defaultValue = "0.99")
    double auto;

    @Option(names = "--review", description = "the match probability to ask an analyst from (default ${DEFAULT-VALUE})",
            defaultValue = "0.5")
    double review;

    @Option(names = "--errors", defaultValue = "0",
            description = "also list up to this many identities that join different persons, and persons split apart")
    int errors;

    @Option(names = "--model", description = "also print the learnt m, u and weight of every level")
    boolean model;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ExportReader reader = new ExportReader(MappingRegistry.shipped());
        Mapping mapping = mappingFile == null ? reader.detect(file, file.getFileName().toString()).orElse(null)
                : Mapping.fromYaml(Files.readString(mappingFile, StandardCharsets.UTF_8), mappingFile.toString());
        if (mapping == null) {
            spec.commandLine().getErr().println("No mapping recognises " + file + "; name one with --mapping.");
            return 2;
        }
        List<PersonRecord> persons = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        int[] unlabelled = new int[1];
        long start = System.nanoTime();
        ReadSummary read = reader.stream(file, mapping, ForceCode.of(force), (StructuredRecord r) -> {
            String label = r.attributes().get(truth);
            for (PersonRecord p : PersonRecords.of(r)) {
                persons.add(p);
                if (label == null || label.isBlank()) {
                    unlabelled[0]++;
                } else {
                    labels.put(p.key(), label.strip());
                }
            }
        });
        long readMillis = (System.nanoTime() - start) / 1_000_000;
        if (labels.isEmpty()) {
            spec.commandLine().getErr().println("No row has a value in the column '" + truth + "'.");
            return 2;
        }
        ResolutionSettings settings = ResolutionSettings.DEFAULTS.withThresholds(auto, review);
        Resolution resolution = Resolution.of(persons, List.of(), settings, Map.of());
        Evaluation e = Evaluation.of(resolution, labels);
        ResolutionStats s = resolution.stats();
        out.printf("File: %s (%s), %d rows, %d row errors, read in %d ms%n", file.getFileName(), mapping.sourceSystem(),
                read.rows(), read.errorCount(), readMillis);
        out.printf("Person records: %d (%d without a label, left out of the scores); true persons: %d; identities: %d%n",
                persons.size(), unlabelled[0], e.persons(), e.identities());
        out.printf("Thresholds: join at p >= %.3f, review from p >= %.3f%n", auto, review);
        out.println();
        out.printf("%-22s %10s %10s %10s%n", "measure", "precision", "recall", "F1");
        out.printf("%-22s %10.4f %10.4f %10.4f%n", "pairwise", e.pairwisePrecision(), e.pairwiseRecall(), e.pairwiseF1());
        out.printf("%-22s %10.4f %10.4f %10.4f%n", "B-cubed", e.bcubedPrecision(), e.bcubedRecall(), e.bcubedF1());
        out.printf("%-22s %10s %10.4f%n", "blocking alone", "", e.blockingRecall());
        out.println();
        out.printf("True pairs %d, pairs joined %d, candidate pairs %d, sent to review %d (%.2f%% of candidates)%n",
                e.truePairs(), e.predictedPairs(), e.candidatePairs(), e.reviewPairs(), 100 * e.reviewShare());
        out.printf("Model: prior %.5f after %d EM iterations; %d blocks (%d too common, dropped)%n", s.prior(),
                s.emIterations(), s.blocks(), s.droppedKeys());
        out.printf("Time: features %d ms, blocking %d ms, scoring %d ms, estimation %d ms, clustering %d ms: %d ms%n",
                s.featuresMillis(), s.blockingMillis(), s.scoringMillis(), s.estimationMillis(), s.clusteringMillis(),
                s.totalMillis());
        if (model) {
            out.println();
            out.printf("Model (prior weight %.2f bits; exact names weigh by their frequency):%n", resolution.priorWeight());
            out.printf("  %-14s %-40s %9s %9s %8s%n", "field", "level", "m", "u", "weight");
            for (var level : resolution.model()) {
                out.printf("  %-14s %-40s %9.5f %9.6f %8.2f%n", level.field().label(), level.level(), level.m(), level.u(),
                        level.weight());
            }
        }
        if (errors > 0) {
            report(out, resolution, labels, persons);
        }
        return 0;
    }

    /** Identities holding more than one true person, then persons spread over several identities. */
    private void report(PrintWriter out, Resolution resolution, Map<String, String> labels, List<PersonRecord> persons) {
        Map<String, PersonRecord> byKey = new HashMap<>();
        persons.forEach(p -> byKey.put(p.key(), p));
        int shown = 0;
        out.println();
        out.println("Identities that join different persons:");
        for (Map.Entry<String, List<String>> e : resolution.identities().entrySet()) {
            long truths = e.getValue().stream().map(labels::get).filter(java.util.Objects::nonNull).distinct().count();
            if (truths > 1 && shown++ < errors) {
                out.println("  " + e.getKey() + ":");
                e.getValue().stream().sorted(java.util.Comparator.comparing((String k) -> labels.getOrDefault(k, "")))
                        .forEach(k -> out.println("    " + labels.getOrDefault(k, "(no label)") + "  " + describe(byKey.get(k))));
            }
        }
        Map<String, List<String>> byTruth = new HashMap<>();
        labels.forEach((k, t) -> byTruth.computeIfAbsent(t, x -> new ArrayList<>()).add(k));
        shown = 0;
        out.println("Persons split over several identities:");
        for (Map.Entry<String, List<String>> e : byTruth.entrySet()) {
            Map<String, List<String>> parts = new HashMap<>();
            e.getValue().forEach(k -> parts.computeIfAbsent(resolution.identityOf(k), x -> new ArrayList<>()).add(k));
            if (parts.size() > 1 && shown++ < errors) {
                out.println("  " + e.getKey() + ":");
                parts.forEach((id, keys) -> keys.forEach(k -> out.println("    " + id + "  " + describe(byKey.get(k)))));
                List<List<String>> groups = new ArrayList<>(parts.values());
                var why = resolution.explain(groups.get(0).getFirst(), groups.get(1).getFirst());
                out.printf("    first two apart: p=%.4f weight %.1f:%s%n", why.probability(), why.weight(),
                        why.fields().stream().filter(f -> f.agreement() != org.crossforce.identity.Field.Agreement.MISSING)
                                .map(f -> " " + f.field().name().toLowerCase(java.util.Locale.ROOT) + "=" + f.level()
                                        + String.format(" (%.1f)", f.weight()))
                                .collect(java.util.stream.Collectors.joining(";")));
            }
        }
    }

    private static String describe(PersonRecord p) {
        return String.join(" | ", p.sourceKey(), p.name(), String.valueOf(p.dateOfBirth() != null ? p.dateOfBirth()
                : p.yearOfBirth()), p.addresses().isEmpty() ? "-" : p.addresses().getFirst().line() + " "
                + p.addresses().getFirst().postcode(), String.join(",", p.phones()), String.join(",", p.emails()),
                String.join(",", p.pncs()));
    }
}
