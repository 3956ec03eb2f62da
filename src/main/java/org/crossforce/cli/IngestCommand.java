package org.crossforce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.crossforce.forces.Forces;
import org.crossforce.forces.UnknownForceException;
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
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ingest --force FORCE PATH...}: files and directories (recursively), one line per file. */
@Component
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest files for a force; directories are walked recursively.")
class IngestCommand implements Callable<Integer> {

    private static final int BATCH = 50;

    private final IngestService ingestion;
    private final Forces forces;
    private final CurrentCaller caller;

    @Option(names = "--force", required = true, description = "data.police.uk force id, e.g. city-of-london")
    String force;

    @Option(names = "--marking", defaultValue = "OFFICIAL", description = "OFFICIAL, OFFICIAL-SENSITIVE or SECRET")
    String marking;

    @Option(names = "--handling", defaultValue = "P", description = "handling code P or C")
    String handling;

    @Option(names = "--source-system", description = "the system the files come from")
    String sourceSystem;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories")
    List<Path> paths;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    IngestCommand(IngestService ingestion, Forces forces, CurrentCaller caller) {
        this.ingestion = ingestion;
        this.forces = forces;
        this.caller = caller;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ForceCode code;
        IngestOptions options;
        try {
            code = forces.require(force);
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
                walk.filter(Files::isRegularFile).sorted()
                        .forEach(p -> files.add(new IncomingFile(p.getFileName().toString(), p, p.toAbsolutePath().toString())));
            }
        }
        long started = System.nanoTime();
        Map<IngestStatus, Integer> counts = new EnumMap<>(IngestStatus.class);
        for (int i = 0; i < files.size(); i += BATCH) {
            List<IncomingFile> batch = files.subList(i, Math.min(files.size(), i + BATCH));
            for (IngestOutcome outcome : ingestion.ingest(caller.get(), code, batch, options)) {
                counts.merge(outcome.status(), 1, Integer::sum);
                out.println(line(outcome));
            }
            out.flush();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("%d files for %s in %.1f s: %d indexed, %d duplicate, %d failed%n", files.size(), code, seconds,
                counts.getOrDefault(IngestStatus.INDEXED, 0), counts.getOrDefault(IngestStatus.DUPLICATE, 0),
                counts.getOrDefault(IngestStatus.FAILED, 0));
        return counts.getOrDefault(IngestStatus.FAILED, 0) > 0 ? 1 : 0;
    }

    private static String line(IngestOutcome outcome) {
        String id = outcome.id() == null ? "-" : outcome.id();
        String reason = outcome.reason() == null ? "" : "  " + outcome.reason();
        String truncated = outcome.truncated() ? "  (text truncated)" : "";
        return String.format("%-9s %s  %s%s%s", outcome.status(), id, outcome.name(), truncated, reason);
    }
}
