package org.crossforce.extraction.tika;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The extractor's own directory: the child processes' configuration and temporary files, and one
 * directory per file being read, with the embedded files' bytes. Named after the process, so that a
 * later start can remove what a killed one left behind.
 */
final class Workspace implements AutoCloseable {

    private static final String PREFIX = "crossforce-extraction-";
    private static final String PART_PREFIX = "crossforce-part-";

    private final Path parent;
    private final Path root;
    private final Path jobs;
    private final Path childTemp;

    Workspace(Path parent) {
        try {
            // Absolute: the children get these paths and may not share the working directory.
            this.parent = Files.createDirectories(parent.toAbsolutePath().normalize());
            removeAbandoned(this.parent);
            root = Files.createTempDirectory(this.parent, PREFIX + ProcessHandle.current().pid() + "-");
            jobs = Files.createDirectory(root.resolve("jobs"));
            childTemp = Files.createDirectory(root.resolve("child-tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the extraction work directory under " + parent, e);
        }
    }

    Path root() {
        return root;
    }

    Path childTemp() {
        return childTemp;
    }

    Path write(String name, String content) {
        try {
            return Files.writeString(root.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A directory for one file: the file under the name it arrived with, and room for its embedded files. */
    Job newJob(Path file, String fileName) throws IOException {
        Path directory = Files.createDirectory(jobs.resolve(UUID.randomUUID().toString()));
        Path input = directory.resolve(Names.safe(fileName, "file"));
        link(file.toAbsolutePath(), input);
        return new Job(directory, input, Files.createDirectory(directory.resolve("embedded")));
    }

    /**
     * A temporary file for an embedded file's bytes, which the caller takes over. Beside the
     * workspace rather than in it, so it outlives the extractor; named after the process, so that a
     * later start can remove those a killed one left behind.
     */
    Path newPart(String name) throws IOException {
        String suffix = "-" + (name.length() <= 100 ? name : name.substring(name.length() - 100));
        return Files.createTempFile(parent, PART_PREFIX + ProcessHandle.current().pid() + "-", suffix);
    }

    /** The name gives Tika a hint of the format; a link costs nothing, a copy is the last resort. */
    private static void link(Path file, Path input) throws IOException {
        try {
            Files.createSymbolicLink(input, file);
        } catch (UnsupportedOperationException | FileSystemException e) {
            try {
                Files.createLink(input, file);
            } catch (UnsupportedOperationException | FileSystemException again) {
                Files.copy(file, input, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /**
     * Temporary files of a child that was killed (timeout, crash) are never removed by it. Files no
     * parse has touched for longer than a parse may last are such leftovers.
     */
    void sweepChildTemp(Duration olderThan) {
        Instant cutoff = Instant.now().minus(olderThan);
        try (Stream<Path> files = Files.list(childTemp)) {
            files.filter(f -> modified(f).isBefore(cutoff)).forEach(Workspace::delete);
        } catch (IOException e) {
            // Best effort: the whole directory goes when the extractor closes.
        }
    }

    @Override
    public void close() {
        delete(root);
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }

    private static void removeAbandoned(Path parent) throws IOException {
        try (Stream<Path> entries = Files.list(parent)) {
            entries.forEach(entry -> {
                String name = entry.getFileName().toString();
                String prefix = name.startsWith(PREFIX) ? PREFIX : name.startsWith(PART_PREFIX) ? PART_PREFIX : null;
                if (prefix != null && !ownerAlive(name.substring(prefix.length()))) {
                    delete(entry);
                }
            });
        }
    }

    private static boolean ownerAlive(String suffix) {
        try {
            long pid = Long.parseLong(suffix.substring(0, suffix.indexOf('-')));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (RuntimeException e) {
            return true;
        }
    }

    static void delete(Path path) {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            tree.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Best effort; a later start removes what is left.
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Idem.
        }
    }

    /**
     * One file being read.
     *
     * @param input    the file, linked under the name it arrived with
     * @param embedded where the child copies the bytes of embedded files
     */
    record Job(Path directory, Path input, Path embedded) implements AutoCloseable {

        @Override
        public void close() {
            delete(directory);
        }
    }
}
