package org.crossforce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.crossforce.corpus.CorpusGenerator;
import org.crossforce.corpus.CorpusProgress;
import org.crossforce.corpus.CorpusRequest;
import org.crossforce.corpus.CorpusSummary;
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
 * ground-truth manifest. It needs none of Crossforce's services, so it runs without a Spring
 * context and without starting Elasticsearch.
 */
@Command(name = GenerateCorpusCommand.NAME, mixinStandardHelpOptions = true,
        description = {"Writes a fictional multi-force corpus for benchmarks and entity extraction:",
                "reports, statements, scans, emails, photos, intelligence logs and exports,",
                "with manifest.jsonl as its ground truth. Same seed and size, same bytes."})
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
            request = new CorpusRequest(size, seed, out, threads == null ? Runtime.getRuntime().availableProcessors()
                    : threads, replace);
        } catch (IllegalArgumentException e) {
            stderr.println(e.getMessage());
            return 2;
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
        return 0;
    }
}
