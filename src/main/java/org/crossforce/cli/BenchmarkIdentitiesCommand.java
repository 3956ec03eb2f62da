package org.crossforce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.crossforce.corpus.CorpusGenerator;
import org.crossforce.corpus.CorpusRequest;
import org.crossforce.identity.PersonRecord;
import org.crossforce.identity.PersonRecords;
import org.crossforce.identity.Resolution;
import org.crossforce.identity.ResolutionSettings;
import org.crossforce.identity.ResolutionStats;
import org.crossforce.records.ExportReader;
import org.crossforce.records.MappingRegistry;
import org.crossforce.shared.ForceCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchmark-identities}: resolves generated person files from scratch at each size, then
 * resolves held-back records one at a time against the rest, and prints the times against the
 * targets (20,000 records in 10 s, 200,000 in 2 minutes, one new record in 50 ms at the 95th
 * percentile).
 */
@Command(name = BenchmarkIdentitiesCommand.NAME, mixinStandardHelpOptions = true,
        description = "Measure identity resolution from scratch and record by record on generated person files.")
final class BenchmarkIdentitiesCommand implements Callable<Integer> {

    static final String NAME = "benchmark-identities";

    @Option(names = "--records", split = ",", defaultValue = "20000,200000",
            description = "sizes of the person files to resolve (default ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--incremental", defaultValue = "1000",
            description = "records held back and then resolved one at a time (default ${DEFAULT-VALUE})")
    int incremental;

    @Option(names = "--seed", defaultValue = "7")
    long seed;

    @Option(names = "--dir", description = "where the person files are written (default: a temporary folder)")
    Path dir;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path work = dir != null ? dir : Files.createTempDirectory("crossforce-identities");
        out.printf("Cores: %d, heap: %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf("%9s %10s %8s %12s %11s %9s %9s %9s %10s %12s%n", "records", "from scratch", "target", "pairs",
                "identities", "add p50", "add p95", "add max", "heap used", "review queue");
        for (int size : sizes) {
            List<PersonRecord> records = read(work, size);
            Runtime.getRuntime().gc();
            long start = System.nanoTime();
            Resolution whole = Resolution.of(records, List.of(), ResolutionSettings.DEFAULTS, Map.of());
            double seconds = (System.nanoTime() - start) / 1e9;
            ResolutionStats stats = whole.stats();
            long used = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
            long queueStart = System.nanoTime();
            int queued = whole.review(Integer.MAX_VALUE).size();
            double queueSeconds = (System.nanoTime() - queueStart) / 1e9;
            whole = null;
            int held = Math.min(incremental, size / 10);
            List<PersonRecord> base = records.subList(0, size - held);
            Resolution growing = Resolution.of(base, List.of(), ResolutionSettings.DEFAULTS, Map.of());
            double[] millis = new double[held];
            for (int i = 0; i < held; i++) {
                long t = System.nanoTime();
                growing.add(records.get(size - held + i));
                millis[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(millis);
            out.printf("%,9d %10.1f s %6s s %,12d %,11d %6.2f ms %6.2f ms %6.2f ms %7d MB %,7d in %.1f s%n", size,
                    seconds, size <= 20_000 ? "10" : size <= 200_000 ? "120" : "-", stats.candidatePairs(),
                    stats.identities(), percentile(millis, 0.5), percentile(millis, 0.95),
                    millis.length == 0 ? 0 : millis[millis.length - 1], used, queued, queueSeconds);
            out.flush();
        }
        out.println("Incremental: each held-back record resolved against the rest (blocking, scoring, joining); "
                + "target p95 <= 50 ms. Review queue: every question, worked out once after a change.");
        return 0;
    }

    private List<PersonRecord> read(Path work, int size) throws IOException {
        Path folder = work.resolve("persons-" + size);
        Path csv = folder.resolve("persons").resolve("persons.csv");
        if (!Files.exists(csv)) {
            new CorpusGenerator().generatePersons(new CorpusRequest(Math.max(1, size / 10), seed, folder,
                    Runtime.getRuntime().availableProcessors(), true, size));
        }
        ExportReader reader = new ExportReader(MappingRegistry.shipped());
        List<PersonRecord> records = new ArrayList<>(size);
        reader.stream(csv, reader.detect(csv, "persons.csv").orElseThrow(), ForceCode.of("benchmark"),
                r -> records.addAll(PersonRecords.of(r)));
        return records;
    }

    private static double percentile(double[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
