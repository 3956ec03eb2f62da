package org.crossforce.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.crossforce.indexing.DocumentIndexer;
import org.crossforce.ingestion.Channel;
import org.crossforce.ingestion.IncomingFile;
import org.crossforce.ingestion.EntityMarker;
import org.crossforce.ingestion.IngestOptions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.crossforce.ingestion.IngestService;
import org.crossforce.ingestion.JobStatus;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchmark-ingest --corpus DIR}: (a) Tika alone parsing every file on all cores, the
 * floor; (b) the full Crossforce ingest of the same files into Elasticsearch. Prints files/s,
 * MB/s and peak heap for each, and the ratio (b)/(a).
 */
@Command(name = BenchmarkIngestCommand.NAME, mixinStandardHelpOptions = true,
        description = "Measure ingestion against raw Tika on a corpus (see generate-corpus).")
final class BenchmarkIngestCommand implements Callable<Integer> {

    static final String NAME = "benchmark-ingest";

    private final java.util.function.Function<Boolean, ConfigurableApplicationContext> start;

    @Option(names = "--corpus", required = true, description = "a directory of files, e.g. from generate-corpus")
    Path corpus;

    @Option(names = "--ocr", defaultValue = "false", description = "read images and scanned pages with Tesseract")
    boolean ocr;

    @Option(names = "--force", defaultValue = "essex", description = "the force the files are ingested for")
    String force;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    BenchmarkIngestCommand(java.util.function.Function<Boolean, ConfigurableApplicationContext> start) {
        this.start = start;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            // The persons file is identity resolution's labelled data, not part of the corpus's workload.
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("manifest.jsonl"))
                    .filter(p -> !p.startsWith(corpus.resolve("persons"))).sorted().toList();
        }
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        out.printf("Corpus %s: %,d files, %.1f MB, OCR %s, %d cores%n", corpus, files.size(), bytes / 1e6,
                ocr ? "on" : "off", Runtime.getRuntime().availableProcessors());
        out.flush();

        resetPeaks();
        long started = System.nanoTime();
        int failed = rawTika(files);
        Measure tika = new Measure("(a) Tika alone", files.size(), bytes, System.nanoTime() - started, peakHeap(),
                failed + " failed");
        print(out, tika);

        ConfigurableApplicationContext context = start.apply(ocr);
        try {
            IngestService ingestion = context.getBean(IngestService.class);
            ForceCode code = ForceCode.of(force);
            Caller caller = new Caller("benchmark", Set.of("intake"), Set.of(code), Marking.SECRET, "benchmark",
                    "command line", List.of());
            List<IncomingFile> incoming = files.stream()
                    .map(p -> new IncomingFile(p.getFileName().toString(), p, p.toString())).toList();
            resetPeaks();
            ProcessCpu before = ProcessCpu.now();
            started = System.nanoTime();
            String job = ingestion.accept(caller, code, incoming, new IngestOptions(null, null, "benchmark", Channel.COMMAND));
            JobStatus status = awaitJob(ingestion, caller, job);
            Measure crossforce = new Measure("(b) Crossforce ingest", files.size(), bytes, System.nanoTime() - started,
                    peakHeap(), status.indexed() + " indexed, " + status.duplicate() + " duplicate, "
                            + status.failed() + " failed");
            print(out, crossforce);
            printCpu(out, ProcessCpu.now().since(before), crossforce.seconds());
            out.printf("Ratio (b)/(a): %.2f%n", crossforce.filesPerSecond() / tika.filesPerSecond());
            // Each row of an export and each embedded file is a document of its own: (a) reads an
            // export as one text, (b) indexes every record in it.
            DocumentIndexer indexer = context.getBean(DocumentIndexer.class);
            indexer.refresh(Set.of(code));
            long documents = indexer.countAll();
            out.printf("(b) indexed %,d documents (files, embedded files and export records): %.0f documents/s%n",
                    documents, documents / crossforce.seconds());
            Timer entities = context.getBean(MeterRegistry.class).find(EntityMarker.TIMER).timer();
            if (entities != null && entities.count() > 0) {
                double spent = entities.totalTime(TimeUnit.SECONDS);
                int cores = Runtime.getRuntime().availableProcessors();
                out.printf("(b) entity extraction: %,d documents, %.1f s of thread time (%.3f ms each): %.1f %% of the "
                        + "%d cores' time during the ingest%n", entities.count(), spent, spent * 1000 / entities.count(),
                        100 * spent / (crossforce.seconds() * cores), cores);
            }
        } finally {
            context.close();
        }
        return 0;
    }

    /** Tika in this process, on every core, each file and what is embedded in it; no indexing. */
    private int rawTika(List<Path> files) throws InterruptedException {
        AutoDetectParser parser = new AutoDetectParser();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<?>> work = new ArrayList<>();
        for (Path file : files) {
            work.add(pool.submit(() -> {
                ParseContext context = new ParseContext();
                context.set(Parser.class, parser);
                TesseractOCRConfig tesseract = new TesseractOCRConfig();
                tesseract.setSkipOcr(!ocr);
                context.set(TesseractOCRConfig.class, tesseract);
                try (InputStream in = TikaInputStream.get(file)) {
                    parser.parse(in, new BodyContentHandler(20_000_000), new Metadata(), context);
                } catch (Exception | StackOverflowError e) {
                    failed.incrementAndGet();
                }
            }));
        }
        for (Future<?> future : work) {
            try {
                future.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failed.incrementAndGet();
            }
        }
        pool.shutdown();
        return failed.get();
    }

    private static void printCpu(PrintWriter out, ProcessCpu spent, double seconds) {
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf("(b) CPU by process: %s; %.0f of the %.0f CPU-s the %d cores had%n",
                String.join(", ", spent.byKind().entrySet().stream()
                        .map(e -> String.format("%s %.1f s", e.getKey(), e.getValue().toMillis() / 1000.0)).toList()),
                spent.total().toMillis() / 1000.0, seconds * cores, cores);
    }

    private static JobStatus awaitJob(IngestService ingestion, Caller caller, String job) throws InterruptedException {
        while (true) {
            JobStatus status = ingestion.job(caller, job).orElseThrow();
            if (status.finished()) {
                return status;
            }
            Thread.sleep(200);
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static void print(PrintWriter out, Measure m) {
        out.printf("%-22s %8.1f files/s %8.2f MB/s %7.0f s  peak heap %5d MB  %s%n", m.name(), m.filesPerSecond(),
                m.bytes() / 1e6 / m.seconds(), m.seconds(), m.peakHeap() / (1024 * 1024), m.note());
        out.flush();
    }

    record Measure(String name, int files, long bytes, long nanos, long peakHeap, String note) {
        double seconds() {
            return nanos / 1e9;
        }

        double filesPerSecond() {
            return files / seconds();
        }
    }
}
