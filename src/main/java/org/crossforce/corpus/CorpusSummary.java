package org.crossforce.corpus;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** What was written: files (not counting the manifest and README), their bytes, the time taken, counts by force and by kind and format. */
public record CorpusSummary(Path out, int files, long bytes, Duration took, Map<String, Integer> byForce,
        Map<String, Integer> byKind) {

    public double megabytes() {
        return bytes / 1_000_000.0;
    }
}
