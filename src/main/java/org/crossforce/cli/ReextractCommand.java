package org.crossforce.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.crossforce.ingestion.Reextraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reextract}: finds the entities of every document of this data directory again, after an
 * extractor has changed, with a progress bar. Run it while Crossforce is stopped.
 */
@Command(name = ReextractCommand.NAME, mixinStandardHelpOptions = true,
        description = "Find the entities of every document held again, after an extractor has changed.")
final class ReextractCommand implements Callable<Integer> {

    static final String NAME = "reextract";

    @Option(names = "--no-progress", description = "print the summary only")
    boolean noProgress;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Supplier<Reextraction> start;

    ReextractCommand(Supplier<Reextraction> start) {
        this.start = start;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Reextraction reextraction = start.get();
        long total = reextraction.documents();
        long started = System.nanoTime();
        Reextraction.Outcome outcome;
        try (ProgressBar bar = noProgress ? null : new ProgressBarBuilder().setTaskName("Re-extracting")
                .setInitialMax(total).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
            outcome = reextraction.run(done -> {
                if (bar != null) {
                    bar.stepTo(done);
                }
            });
        }
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        out.printf("Entities found again in %,d documents (%,d failed) in %.1f s: %,.0f documents/s%n",
                outcome.updated(), outcome.failed(), seconds, (outcome.updated() + outcome.failed()) / seconds);
        return outcome.failed() == 0 ? 0 : 1;
    }
}
