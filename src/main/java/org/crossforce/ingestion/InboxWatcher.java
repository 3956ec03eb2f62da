package org.crossforce.ingestion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import org.crossforce.forces.Forces;
import org.crossforce.ingestion.journal.EntryRecord;
import org.crossforce.ingestion.journal.IngestJournal;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Drop folders, one per force: {@code <inbox>/<force>/}. A file placed there is ingested once it
 * has stopped growing, then moved to {@code done/}, or to {@code failed/} beside a
 * {@code .reason.txt} saying why. While it is processed it waits in {@code .processing/} under a
 * name that carries its journal entry, so a restart finds where each file stands.
 */
@Component
class InboxWatcher {

    private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);
    private static final String PROCESSING = ".processing";
    private static final String SEPARATOR = "__";

    private final IngestService ingestion;
    private final IngestJournal journal;
    private final IngestProperties properties;
    private final Forces forces;
    private final Map<Path, Long> lastSeenSize = new HashMap<>();
    private final Set<String> reportedUnknown = new java.util.HashSet<>();
    private ScheduledExecutorService scanner;

    InboxWatcher(IngestService ingestion, IngestJournal journal, IngestProperties properties, Forces forces) {
        this.ingestion = ingestion;
        this.journal = journal;
        this.properties = properties;
        this.forces = forces;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() throws IOException {
        if (!properties.inboxEnabled()) {
            return;
        }
        Files.createDirectories(properties.inbox());
        scanner = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("inbox").daemon().factory());
        scanner.scheduleWithFixedDelay(this::scanSafely, 0, properties.inboxPoll().toMillis(), TimeUnit.MILLISECONDS);
        log.info("Watching drop folders under {}", properties.inbox().toAbsolutePath());
    }

    @PreDestroy
    void stop() {
        if (scanner != null) {
            scanner.shutdownNow();
        }
    }

    private void scanSafely() {
        try {
            scan();
        } catch (Exception e) {
            log.warn("Scanning the drop folders failed: {}", e.toString());
        }
    }

    void scan() throws IOException {
        try (Stream<Path> folders = Files.list(properties.inbox())) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                String name = folder.getFileName().toString();
                var force = forces.find(name);
                if (force.isEmpty()) {
                    if (reportedUnknown.add(name)) {
                        log.warn("Drop folder {} is not a force Crossforce knows: its files are left alone", folder);
                    }
                    continue;
                }
                settle(folder);
                accept(folder, force.get().code());
            }
        }
    }

    /** New files that have stopped growing since the last scan are accepted as one job. */
    private void accept(Path folder, ForceCode force) throws IOException {
        List<Path> ready = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !hidden(f)).sorted().toList()) {
                long size = Files.size(file);
                Long before = lastSeenSize.put(file, size);
                if (before != null && before == size) {
                    ready.add(file);
                }
            }
        }
        if (ready.isEmpty()) {
            return;
        }
        List<IncomingFile> incoming = ready.stream()
                .map(f -> new IncomingFile(f.getFileName().toString(), f, f.toAbsolutePath().toString())).toList();
        Caller folderCaller = new Caller("drop-folder", Set.of("intake"), Set.of(force), Marking.SECRET, "drop folder",
                "drop folder " + force.value(), java.util.List.of());
        String job = ingestion.accept(folderCaller, force, incoming,
                new IngestOptions(null, null, "drop-folder", Channel.FOLDER));
        Path processing = Files.createDirectories(folder.resolve(PROCESSING));
        for (int seq = 0; seq < ready.size(); seq++) {
            Path file = ready.get(seq);
            lastSeenSize.remove(file);
            Files.move(file, processing.resolve(job + SEPARATOR + seq + SEPARATOR + file.getFileName()),
                    StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Files whose journal entry has its outcome leave {@code .processing/} for done/ or failed/. */
    private void settle(Path folder) throws IOException {
        Path processing = folder.resolve(PROCESSING);
        if (!Files.isDirectory(processing)) {
            return;
        }
        try (Stream<Path> waiting = Files.list(processing)) {
            for (Path file : waiting.toList()) {
                String[] parts = file.getFileName().toString().split(SEPARATOR, 3);
                if (parts.length < 3) {
                    continue;
                }
                EntryRecord entry = journal.entry(parts[0] + "/" + String.format("%07d", Integer.parseInt(parts[1])))
                        .orElse(null);
                if (entry == null || entry.pending()) {
                    continue;
                }
                boolean failed = IngestStatus.FAILED.name().equals(entry.status());
                Path target = Files.createDirectories(folder.resolve(failed ? "failed" : "done")).resolve(parts[2]);
                target = unique(target);
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                if (failed) {
                    Files.writeString(target.resolveSibling(target.getFileName() + ".reason.txt"),
                            entry.reason() + System.lineSeparator());
                }
            }
        }
    }

    private static Path unique(Path target) {
        Path candidate = target;
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = target.resolveSibling(n + "-" + target.getFileName());
        }
        return candidate;
    }

    private static boolean hidden(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") || name.endsWith(".part") || name.endsWith(".tmp") || name.endsWith(".reason.txt");
    }
}
