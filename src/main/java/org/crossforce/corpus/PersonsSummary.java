package org.crossforce.corpus;

import java.nio.file.Path;
import java.time.Duration;

/** The persons file written: its path, rows, the people they are about, its bytes and the time taken. */
public record PersonsSummary(Path csv, int records, int people, long bytes, Duration took) {

    public double megabytes() {
        return bytes / 1_000_000.0;
    }
}
