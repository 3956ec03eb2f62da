package org.crossforce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.crossforce.corpus.CorpusGenerator;
import org.crossforce.corpus.CorpusProgress;
import org.crossforce.corpus.CorpusRequest;
import org.crossforce.corpus.CorpusSummary;
import org.crossforce.corpus.PersonsSummary;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate-corpus --size 1000 --seed 42 --out DIR}: a fictional multi-force corpus with its
 * ground-truth manifest, and a persons file of labelled person records; {@code --persons-only}
 * writes the persons file alone. It needs none of Crossforce's services, so it runs without a
 * Spring context and without starting Elasticsearch.
 */
@Command(name = GenerateCorpusCommand.NAME, mixinStandardHelpOptions = true,
        description = {"Writes a fictional multi-force corpus for benchmarks and entity extraction:",
                "reports, statements, scans, emails, photos, intelligence logs and exports,",
                "with manifest.jsonl as its ground truth, and persons/persons.csv: person",
                "records labelled with their true identity, for identity resolution.",
                "Same seed, size and record count, same bytes."})
final class GenerateCorpusCommand implements Callable<Integer> {

    static final String NAME = "generate-corpus";

    @Option(names = "--size", defaultValue = "1000", paramLabel = "N", description = "number of files (default: ${DEFAULT-VALUE})")
    int size;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "SEED", description = "the same seed and size give identical files (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "an empty or new directory")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "threads to write with (default: all cores)")
    Integer threads;

    @Option(names = "--replace", description = "write over an earlier corpus in DIR")
    boolean replace;

    @Option(names = "--no-progress", description = "no progress bar")
    boolean noProgress;

    @Option(names = "--person-records", paramLabel = "K",
            description = "rows of persons/persons.csv (default: 5 for each person of the corpus, at least 200)")
    Integer personRecords;

    @Option(names = "--persons-only", description = "write only persons/persons.csv and its mapping, "
            + "without the documents; its people begin with those of the corpus of --size files")
    boolean personsOnly;

    @Spec
    CommandSpec spec;

    /** Runs the command on its own: headless imaging, quiet libraries, no Spring context. */
    static int execute(String[] args) {
        System.setProperty("java.awt.headless", "true");
        LoggingSystem logging = LoggingSystem.get(GenerateCorpusCommand.class.getClassLoader());
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        // PDFBox warns that it substitutes a font for Helvetica's outlines; the PDFs are right as written.
        logging.setLogLevel("org.apache.pdfbox", LogLevel.ERROR);
        logging.setLogLevel("org.apache.fontbox", LogLevel.ERROR);
        return new picocli.CommandLine(new GenerateCorpusCommand()).execute(args);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        CorpusRequest request;
        try {
            int records = personRecords == null ? CorpusRequest.defaultPersonRecords(size) : personRecords;
            request = new CorpusRequest(size, seed, out, threads == null ? Runtime.getRuntime().availableProcessors()
                    : threads, replace, records);
        } catch (IllegalArgumentException e) {
            stderr.println(e.getMessage());
            return 2;
        }
        if (personsOnly) {
            return personsOnly(request, stdout, stderr);
        }
        ProgressBar bar = noProgress ? null : new ProgressBarBuilder().setTaskName("Generating").setInitialMax(size)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        CorpusProgress progress = bar == null ? CorpusProgress.NONE : bytes -> bar.step();
        CorpusSummary summary;
        try {
            summary = new CorpusGenerator().generate(request, progress);
        } catch (IllegalArgumentException e) {
            stderr.println(e.getMessage());
            return 2;
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        double seconds = summary.took().toMillis() / 1000.0;
        stdout.printf("%d files, %.1f MB in %.1f s (%.0f files/s), written to %s%n", summary.files(),
                summary.megabytes(), seconds, summary.files() / Math.max(seconds, 0.001), summary.out());
        stdout.println("By force:  " + summary.byForce());
        stdout.println("By kind:   " + summary.byKind());
        stdout.println("Ground truth: " + summary.out().resolve("manifest.jsonl"));
        print(summary.persons(), stdout);
        return 0;
    }

    private static int personsOnly(CorpusRequest request, PrintWriter stdout, PrintWriter stderr) throws IOException {
        PersonsSummary persons;
        try {
            persons = new CorpusGenerator().generatePersons(request);
        } catch (IllegalArgumentException e) {
            stderr.println(e.getMessage());
            return 2;
        }
        print(persons, stdout);
        return 0;
    }

    private static void print(PersonsSummary persons, PrintWriter stdout) {
        stdout.printf("Persons: %,d records of %,d people, %.1f MB in %.1f s, written to %s (mapping: persons.yml)%n",
                persons.records(), persons.people(), persons.megabytes(), persons.took().toMillis() / 1000.0,
                persons.csv());
    }
}
