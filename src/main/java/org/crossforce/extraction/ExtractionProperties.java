package org.crossforce.extraction;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and resources of extraction. Files are read in separate Java processes ("children"), so
 * that a file that hangs, crashes or exhausts memory only costs its own extraction.
 *
 * @param maxCharacters      text kept from one file, everything embedded in it included; the rest
 *                           is cut and the document marked truncated
 * @param maxFileSize        larger files fail without being read; also the limit for one embedded file
 * @param maxEmbeddedDepth   files nested deeper than this (1 = an attachment) are kept but not opened
 * @param maxEmbeddedCount   embedded files read from one file; beyond this the rest is skipped and the
 *                           file marked truncated
 * @param maxExpansionRatio  everything embedded in a file together may be this many times the file's
 *                           own size (at least 1 MB is assumed) before it counts as a zip bomb
 * @param maxExpandedSize    and never more than this
 * @param timeout            time to read one file, everything embedded in it included
 * @param children           child processes reading files in parallel; 0 means one per processor
 * @param childHeap          memory (-Xmx) of each child process
 * @param workDir            where files being read are unpacked; empty means the system's temporary directory
 * @param ocr                optical character recognition of images and scanned pages
 */
@ConfigurationProperties("crossforce.extraction")
public record ExtractionProperties(
        @DefaultValue("20000000") int maxCharacters,
        @DefaultValue("1GB") DataSize maxFileSize,
        @DefaultValue("5") int maxEmbeddedDepth,
        @DefaultValue("1000") int maxEmbeddedCount,
        @DefaultValue("100") int maxExpansionRatio,
        @DefaultValue("10GB") DataSize maxExpandedSize,
        @DefaultValue("120s") Duration timeout,
        @DefaultValue("0") int children,
        @DefaultValue("512MB") DataSize childHeap,
        @DefaultValue("") String workDir,
        @DefaultValue Ocr ocr) {

    public ExtractionProperties {
        if (maxCharacters < 1 || maxEmbeddedDepth < 0 || maxEmbeddedCount < 0 || maxExpansionRatio < 1
                || children < 0) {
            throw new IllegalArgumentException("crossforce.extraction limits must be positive");
        }
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("crossforce.extraction.timeout must be at least 1 s");
        }
    }

    /** The defaults, as documented above. */
    public static ExtractionProperties defaults() {
        return new ExtractionProperties(20_000_000, DataSize.ofGigabytes(1), 5, 1000, 100,
                DataSize.ofGigabytes(10), Duration.ofSeconds(120), 0, DataSize.ofMegabytes(512), "",
                new Ocr(true, Duration.ofSeconds(90)));
    }

    /** The number of child processes, with 0 resolved to the number of processors. */
    public int childCount() {
        return children > 0 ? children : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** The directory for files being read. */
    public Path workDirectory() {
        return workDir == null || workDir.isBlank() ? Path.of(System.getProperty("java.io.tmpdir")) : Path.of(workDir);
    }

    /** How long one image or page may take to recognise: below the file's timeout, so that a slow OCR
     * fails the page, not the whole file. */
    public Duration ocrTimeout() {
        Duration ceiling = timeout.multipliedBy(3).dividedBy(4);
        return ocr.timeout().compareTo(ceiling) < 0 ? ocr.timeout() : ceiling;
    }

    /**
     * @param enabled recognise text in images and in pages that are only an image, when Tesseract is installed
     * @param timeout time for one image or page, kept below the file's timeout
     */
    public record Ocr(@DefaultValue("true") boolean enabled, @DefaultValue("90s") Duration timeout) {
    }
}
