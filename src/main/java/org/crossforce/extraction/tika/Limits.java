package org.crossforce.extraction.tika;

import org.crossforce.extraction.ExtractionProperties;

/** Limits that depend on the file at hand. */
final class Limits {

    private static final long ONE_MB = 1024 * 1024;

    private Limits() {
    }

    /**
     * How much may be unpacked from a file: a multiple of its own size (at least of 1 MB, so small
     * archives of text are not suspects), and never more than the absolute limit.
     */
    static long expansion(ExtractionProperties properties, long fileSize) {
        long base = Math.max(fileSize, ONE_MB);
        long byRatio = base > Long.MAX_VALUE / properties.maxExpansionRatio() ? Long.MAX_VALUE
                : base * properties.maxExpansionRatio();
        return Math.min(byRatio, properties.maxExpandedSize().toBytes());
    }

    static UnpackSettings unpack(ExtractionProperties properties, Workspace.Job job, long fileSize) {
        return new UnpackSettings(job.embedded().toString(), properties.maxEmbeddedDepth(),
                properties.maxEmbeddedCount(), properties.maxFileSize().toBytes(), expansion(properties, fileSize));
    }
}
