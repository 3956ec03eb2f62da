package org.crossforce.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.crossforce.corpus.documents.Documents;
import org.crossforce.corpus.documents.Made;
import org.crossforce.corpus.documents.Planner;
import org.crossforce.corpus.documents.Slot;
import org.crossforce.corpus.manifest.ManifestEntry;
import org.crossforce.corpus.manifest.ManifestWriter;
import org.crossforce.corpus.manifest.Readme;
import org.crossforce.corpus.persons.PersonsFile;
import org.crossforce.corpus.population.Population;
import org.crossforce.corpus.population.PopulationBuilder;
import org.springframework.util.FileSystemUtils;

/**
 * Writes a corpus: plans every file, builds the population, then makes files on a pool of threads
 * and streams each to disk as soon as it is made. The manifest is written in file order from a
 * bounded window of finished files, so memory stays flat however large the corpus. Last comes the
 * persons file, on one thread: labelled person records for identity resolution.
 */
public final class CorpusGenerator {

    public CorpusSummary generate(CorpusRequest request, CorpusProgress progress) throws IOException {
        long started = System.nanoTime();
        Path out = prepare(request);
        List<Slot> slots = Planner.plan(request.seed(), request.size());
        Population population = PopulationBuilder.build(request.seed(), request.size());
        Documents documents = new Documents(population, request.seed(),
                Math.max(6, String.valueOf(request.size() - 1).length()));
        for (Path folder : slots.stream().map(s -> out.resolve(documents.path(s)).getParent()).distinct().toList()) {
            Files.createDirectories(folder);
        }

        Map<String, Integer> byForce = new TreeMap<>();
        Map<String, Integer> byKind = new TreeMap<>();
        long bytes = 0;
        ExecutorService pool = Executors.newFixedThreadPool(request.threads(), threads());
        try (BufferedWriter manifestFile = Files.newBufferedWriter(out.resolve("manifest.jsonl"), StandardCharsets.UTF_8)) {
            ManifestWriter manifest = new ManifestWriter(manifestFile);
            Deque<Future<ManifestEntry>> running = new ArrayDeque<>();
            int next = 0;
            int window = request.threads() * 8;
            while (next < slots.size() || !running.isEmpty()) {
                while (next < slots.size() && running.size() < window) {
                    Slot slot = slots.get(next++);
                    running.add(pool.submit(() -> write(out, documents, slot, progress)));
                }
                ManifestEntry entry = await(running.removeFirst());
                manifest.write(entry);
                bytes += entry.bytes();
                byForce.merge(entry.force(), 1, Integer::sum);
                byKind.merge(entry.kind() + " (" + entry.format() + ")", 1, Integer::sum);
            }
        } finally {
            pool.shutdownNow();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        PersonsFile.Written persons = persons(request, out);
        Files.writeString(out.resolve("README.txt"), Readme.text(request.seed(), slots.size(), byForce, byKind,
                PersonsFile.readme(persons)), StandardCharsets.UTF_8);
        return new CorpusSummary(out, slots.size(), bytes, took, byForce, byKind,
                summary(persons, System.nanoTime() - started - took.toNanos()));
    }

    /**
     * Writes the persons file alone, without the documents: what identity resolution's evaluations
     * and benchmarks need, at 100,000 records and more, in seconds. Its people begin with those of
     * the corpus of the request's size, so that the same seed and size name the same people.
     */
    public PersonsSummary generatePersons(CorpusRequest request) throws IOException {
        long started = System.nanoTime();
        Path out = prepare(request);
        PersonsFile.Written persons = persons(request, out);
        Files.writeString(out.resolve("README.txt"),
                Readme.persons(request.seed(), request.size(), PersonsFile.readme(persons)), StandardCharsets.UTF_8);
        return summary(persons, System.nanoTime() - started);
    }

    private static PersonsFile.Written persons(CorpusRequest request, Path out) throws IOException {
        return PersonsFile.write(request.seed(), request.size(), request.personRecords(),
                out.resolve(PersonsFile.FOLDER));
    }

    private static PersonsSummary summary(PersonsFile.Written persons, long nanos) {
        return new PersonsSummary(persons.csv(), persons.records(), persons.people(), persons.bytes(),
                Duration.ofNanos(nanos));
    }

    private static ManifestEntry write(Path out, Documents documents, Slot slot, CorpusProgress progress)
            throws IOException {
        Made made = documents.make(slot);
        String path = documents.path(slot);
        Files.write(out.resolve(path), made.bytes());
        progress.fileWritten(made.bytes().length);
        return new ManifestEntry(path, slot.force().id(), slot.kind().label(), slot.kind().format(), made.title(),
                made.marking(), made.handling(), made.system(), made.created().toOffsetDateTime().toString(),
                made.bytes().length, sha256(made.bytes()), made.facts(), made.expected(), made.mentions());
    }

    private static ManifestEntry await(Future<ManifestEntry> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while writing the corpus", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("A corpus file could not be made: " + cause, cause);
        }
    }

    /** Creates the directory, refusing to write into one that holds anything but an earlier corpus. */
    private static Path prepare(CorpusRequest request) throws IOException {
        Path out = request.out().toAbsolutePath().normalize();
        if (Files.isDirectory(out)) {
            boolean empty;
            try (Stream<Path> list = Files.list(out)) {
                empty = list.findAny().isEmpty();
            }
            if (!empty) {
                boolean earlier = Files.exists(out.resolve("manifest.jsonl"))
                        || Files.exists(out.resolve(PersonsFile.FOLDER).resolve("persons.csv"));
                if (!request.replace() || !earlier) {
                    throw new IllegalArgumentException(out + " is not empty. Choose an empty directory"
                            + (earlier ? ", or add --replace to write over the corpus in it." : "."));
                }
                FileSystemUtils.deleteRecursively(out);
            }
        } else if (Files.exists(out)) {
            throw new IllegalArgumentException(out + " is a file, not a directory.");
        }
        return Files.createDirectories(out);
    }

    private static ThreadFactory threads() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "corpus-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
