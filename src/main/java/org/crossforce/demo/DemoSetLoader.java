package org.crossforce.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crossforce.forces.Forces;
import org.crossforce.indexing.DocumentIndexer;
import org.crossforce.ingestion.Channel;
import org.crossforce.ingestion.IncomingFile;
import org.crossforce.ingestion.IngestOptions;
import org.crossforce.ingestion.IngestOutcome;
import org.crossforce.ingestion.IngestService;
import org.crossforce.ingestion.IngestStatus;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Handling;
import org.crossforce.shared.Marking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Loads {@code demo/demo-set.csv} and its files when Crossforce holds no documents yet, and with
 * them the demo's street-level crime: City of London's real data.police.uk months
 * ({@code demo/crime/city-of-london/}) and the months {@link DemoCrime} generates for other forces.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
class DemoSetLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSetLoader.class);
    private static final ForceCode CITY = ForceCode.of("city-of-london");
    private static final String REAL_CRIME = "classpath:demo/crime/city-of-london/*-street.csv";
    private static final IngestOptions CRIME = new IngestOptions(Marking.OFFICIAL, Handling.P, "police-uk-street",
            Channel.DEMO);

    private final DemoProperties properties;
    private final IngestService ingestion;
    private final DocumentIndexer indexer;
    private final Forces forces;
    private final CurrentCaller caller;
    private final DemoCrime crime;

    DemoSetLoader(DemoProperties properties, IngestService ingestion, DocumentIndexer indexer, Forces forces,
            CurrentCaller caller, DemoCrime crime) {
        this.properties = properties;
        this.ingestion = ingestion;
        this.indexer = indexer;
        this.forces = forces;
        this.caller = caller;
        this.crime = crime;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        if (indexer.countAll() > 0) {
            log.info("Documents are present: the demo set is not loaded again");
            return;
        }
        List<IngestOutcome> outcomes = load();
        long failed = outcomes.stream().filter(IngestOutcome::failed).count();
        if (failed > 0) {
            outcomes.stream().filter(IngestOutcome::failed)
                    .forEach(o -> log.warn("Demo file {} failed: {}", o.name(), o.reason()));
        }
    }

    /** Ingests the whole demo set and answers with the outcome of every file. */
    List<IngestOutcome> load() {
        long started = System.nanoTime();
        Map<Batch, List<String>> batches = readIndex();
        List<IngestOutcome> outcomes = new ArrayList<>();
        Map<String, ForceCode> jobs = new LinkedHashMap<>();
        Path staging = null;
        try {
            staging = Files.createTempDirectory("crossforce-demo-");
            for (Map.Entry<Batch, List<String>> batch : batches.entrySet()) {
                List<IncomingFile> files = new ArrayList<>();
                for (String file : batch.getValue()) {
                    Path target = staging.resolve(files.size() + "-" + Path.of(file).getFileName());
                    try (InputStream in = new ClassPathResource("demo/" + batch.getKey().force() + "/" + file).getInputStream()) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    files.add(new IncomingFile(Path.of(file).getFileName().toString(), target, "demo/" + batch.getKey().force() + "/" + file));
                }
                Batch key = batch.getKey();
                jobs.put(ingestion.accept(caller.get(), key.force(), files,
                        new IngestOptions(key.marking(), key.handling(), key.sourceSystem(), Channel.DEMO)), key.force());
            }
            Map<String, Long> crimeRows = properties.crime() ? acceptCrime(staging, jobs) : Map.of();
            // Every batch is accepted first, so that the pipeline works on all of them at once.
            for (Map.Entry<String, ForceCode> job : jobs.entrySet()) {
                outcomes.addAll(ingestion.await(job.getKey(), job.getValue(), java.time.Duration.ofMinutes(10)));
            }
            if (!crimeRows.isEmpty()) {
                logCrime(outcomes, crimeRows, started);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The demo set could not be read: " + e.getMessage(), e);
        } finally {
            if (staging != null) {
                // Quietly: a temporary directory, which the operating system clears in the end.
                FileSystemUtils.deleteRecursively(staging.toFile());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("Demo set loaded: {} files in {} s ({} files/s), {} failed", outcomes.size(),
                String.format("%.1f", seconds), String.format("%.1f", outcomes.size() / seconds),
                outcomes.stream().filter(IngestOutcome::failed).count());
        return outcomes;
    }

    /** Accepts the crime, a batch for each force, adding the jobs; answers each file's rows by its name. */
    private Map<String, Long> acceptCrime(Path staging, Map<String, ForceCode> jobs) throws IOException {
        Map<String, Long> rows = new HashMap<>();
        for (Map.Entry<ForceCode, List<IncomingFile>> force : crime(staging).entrySet()) {
            jobs.put(ingestion.accept(caller.get(), force.getKey(), force.getValue(), CRIME), force.getKey());
            for (IncomingFile file : force.getValue()) {
                rows.put(file.name(), dataRows(file.path()));
            }
        }
        return rows;
    }

    private static void logCrime(List<IngestOutcome> outcomes, Map<String, Long> rows, long started) {
        // Files already held (a second load) count as none: their records were loaded before.
        List<IngestOutcome> loaded = outcomes.stream().filter(o -> rows.containsKey(o.name()))
                .filter(o -> o.status() == IngestStatus.INDEXED || o.status() == IngestStatus.UPDATED).toList();
        log.info("Demo crime loaded: {} of {} street-level files, {} records, in {} s with the documents",
                loaded.size(), rows.size(), loaded.stream().mapToLong(o -> rows.get(o.name())).sum(),
                String.format("%.1f", (System.nanoTime() - started) / 1e9));
    }

    /**
     * The demo's crime, staged as files: a batch for each force, City of London's real months first,
     * then every generated force's.
     */
    private Map<ForceCode, List<IncomingFile>> crime(Path staging) throws IOException {
        Map<ForceCode, List<IncomingFile>> batches = new LinkedHashMap<>();
        Path city = Files.createDirectories(staging.resolve("crime-" + CITY));
        Resource[] months = new PathMatchingResourcePatternResolver().getResources(REAL_CRIME);
        Arrays.sort(months, Comparator.comparing(Resource::getFilename));
        List<IncomingFile> real = new ArrayList<>();
        for (Resource month : months) {
            Path target = city.resolve(month.getFilename());
            try (InputStream in = month.getInputStream()) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            real.add(new IncomingFile(month.getFilename(), target, "demo/crime/city-of-london/" + month.getFilename()));
        }
        batches.put(CITY, real);
        for (ForceCode force : crime.forces()) {
            batches.put(force, crime.write(force, staging.resolve("crime-" + force)).stream()
                    .map(file -> new IncomingFile(file.getFileName().toString(), file, "demo crime, generated"))
                    .toList());
        }
        return batches;
    }

    /** A street-level file's rows: its lines but the header (data.police.uk quotes no line break). */
    private static long dataRows(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count() - 1;
        }
    }

    private Map<Batch, List<String>> readIndex() {
        Map<Batch, List<String>> batches = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(new ClassPathResource("demo/demo-set.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                Batch batch = new Batch(forces.require(row.get("force").trim()), Marking.parse(row.get("marking")),
                        Handling.parse(row.get("handling")), row.get("source_system").trim());
                batches.computeIfAbsent(batch, b -> new ArrayList<>()).add(row.get("file").trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("demo/demo-set.csv could not be read", e);
        }
        return batches;
    }

    private record Batch(ForceCode force, Marking marking, Handling handling, String sourceSystem) {
    }
}
