package org.crossforce.elasticsearch;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Which process runs the embedded server, on which port, and which Crossforce process owns it.
 * The server's start time guards against a recycled process id: after a reboot the same number
 * may belong to any other process, which must never be taken for the server.
 */
record PidFile(long serverPid, int port, long ownerPid, long serverStartMillis) {

    /** The recorded server, if that very process is still alive. */
    java.util.Optional<ProcessHandle> server() {
        return ProcessHandle.of(serverPid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().startInstant().map(t -> t.toEpochMilli() == serverStartMillis).orElse(false));
    }

    static long startOf(ProcessHandle process) {
        return process.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
    }

    static Optional<PidFile> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            values.load(reader);
        }
        try {
            return Optional.of(new PidFile(Long.parseLong(values.getProperty("pid")),
                    Integer.parseInt(values.getProperty("port")), Long.parseLong(values.getProperty("owner")),
                    Long.parseLong(values.getProperty("started", "0"))));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    void write(Path file) throws IOException {
        Properties values = new Properties();
        values.setProperty("pid", Long.toString(serverPid));
        values.setProperty("port", Integer.toString(port));
        values.setProperty("owner", Long.toString(ownerPid));
        values.setProperty("started", Long.toString(serverStartMillis));
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temp)) {
            values.store(writer, "Embedded Elasticsearch run by Crossforce");
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
