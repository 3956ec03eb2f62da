package org.crossforce.corpus;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What was written: files (not counting the manifest, README and persons file), their bytes, the
 * time taken, counts by force and by kind and format, and the persons file.
 */
public record CorpusSummary(Path out, int files, long bytes, Duration took, Map<String, Integer> byForce,
        Map<String, Integer> byKind, PersonsSummary persons) {

    public double megabytes() {
        return bytes / 1_000_000.0;
    }
}
