package org.crossforce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.crossforce.forces.Forces;
import org.crossforce.forces.UnknownForceException;
import org.crossforce.ingestion.Channel;
import org.crossforce.ingestion.IncomingFile;
import org.crossforce.ingestion.IngestOptions;
import org.crossforce.ingestion.IngestOutcome;
import org.crossforce.ingestion.IngestStatus;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Handling;
import org.crossforce.shared.Marking;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ingest --force FORCE PATH...}: files and directories (recursively), one line per file,
 * a progress bar while it works and a summary at the end. With {@code --url} the files go to a
 * running Crossforce; without, this process runs the pipeline itself.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest files for a force; directories are walked recursively.")
final class IngestCommand implements Callable<Integer> {

    private static final int BATCH = 25;

    private final Supplier<Ingestor> local;

    @Option(names = "--force", required = true, description = "data.police.uk force id, e.g. city-of-london")
    String force;

    @Option(names = "--marking", defaultValue = "OFFICIAL", description = "OFFICIAL, OFFICIAL-SENSITIVE or SECRET")
    String marking;

    @Option(names = "--handling", defaultValue = "P", description = "handling code P or C")
    String handling;

    @Option(names = "--source-system", description = "the system the files come from")
    String sourceSystem;

    @Option(names = "--url", defaultValue = "${env:CROSSFORCE_URL}",
            description = "a running Crossforce to send the files to, e.g. http://localhost:8080 (or CROSSFORCE_URL)")
    String url;

    @Option(names = "--token", defaultValue = "${env:CROSSFORCE_TOKEN}",
            description = "the API token of an intake officer's account, with --url (or CROSSFORCE_TOKEN); "
                    + "'java -jar crossforce.jar account --user NAME --token' issues one")
    String token;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories")
    List<Path> paths;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    IngestCommand(Supplier<Ingestor> local) {
        this.local = local;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ForceCode code;
        IngestOptions options;
        try {
            code = new Forces().require(force);
            options = new IngestOptions(Marking.parse(marking), Handling.parse(handling), sourceSystem, Channel.COMMAND);
        } catch (UnknownForceException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        List<IncomingFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                err.println("No such file or directory: " + path);
                return 2;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).sorted().forEach(p ->
                        files.add(new IncomingFile(p.getFileName().toString(), p, p.toAbsolutePath().toString())));
            }
        }
        long started = System.nanoTime();
        Map<IngestStatus, Integer> counts = new EnumMap<>(IngestStatus.class);
        try (Ingestor ingestor = url == null || url.isBlank() ? local.get() : new RemoteIngestor(URI.create(url), token);
                ProgressBar bar = progressBar(files.size())) {
            for (int i = 0; i < files.size(); i += BATCH) {
                List<IncomingFile> batch = files.subList(i, Math.min(files.size(), i + BATCH));
                for (IngestOutcome outcome : ingestor.ingest(code, batch, options)) {
                    counts.merge(outcome.status(), 1, Integer::sum);
                    out.println(line(outcome));
                }
                out.flush();
                bar.stepBy(batch.size());
            }
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return 2;
        } catch (org.springframework.web.client.RestClientException e) {
            err.println("Crossforce at " + url + " could not be reached: " + e.getMessage());
            return 2;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        summary(out, code, files.size(), seconds, counts);
        return counts.getOrDefault(IngestStatus.FAILED, 0) > 0 ? 1 : 0;
    }

    /** On standard error, so that the lines on standard output stay clean for scripts. */
    private static ProgressBar progressBar(int total) {
        return new ProgressBarBuilder().setTaskName("Ingesting").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .showSpeed().setUnit(" files", 1).build();
    }

    private static void summary(PrintWriter out, ForceCode force, int files, double seconds,
            Map<IngestStatus, Integer> counts) {
        out.printf("%n%-10s %7s%n", "Outcome", "Files");
        for (IngestStatus status : IngestStatus.values()) {
            out.printf("%-10s %7d%n", status, counts.getOrDefault(status, 0));
        }
        out.printf("%-10s %7d%n", "Total", files);
        out.printf("%d files for %s in %.1f s: %d indexed, %d duplicate, %d failed, %d queued%n", files, force, seconds,
                counts.getOrDefault(IngestStatus.INDEXED, 0), counts.getOrDefault(IngestStatus.DUPLICATE, 0),
                counts.getOrDefault(IngestStatus.FAILED, 0), counts.getOrDefault(IngestStatus.QUEUED, 0));
    }

    private static String line(IngestOutcome outcome) {
        String id = outcome.id() == null ? "-" : outcome.id();
        String reason = outcome.reason() == null ? "" : "  " + outcome.reason();
        String truncated = outcome.truncated() ? "  (text truncated)" : "";
        return String.format("%-9s %s  %s%s%s", outcome.status(), id, outcome.name(), truncated, reason);
    }
}
