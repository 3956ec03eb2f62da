package org.crossforce.extraction.tika;

import java.time.Duration;

import org.crossforce.extraction.ExtractionProperties;
import org.springframework.util.unit.DataSize;

/** Extraction settings for tests: the defaults, one child, work files under target/. */
final class Settings {

    private int maxCharacters = 20_000_000;
    private DataSize maxFileSize = DataSize.ofGigabytes(1);
    private int maxEmbeddedDepth = 5;
    private int maxEmbeddedCount = 1000;
    private int maxExpansionRatio = 100;
    private DataSize maxExpandedSize = DataSize.ofGigabytes(10);
    private Duration timeout = Duration.ofSeconds(120);
    private boolean ocr = true;
    private DataSize childHeap = DataSize.ofMegabytes(512);

    static Settings defaults() {
        return new Settings();
    }

    Settings maxCharacters(int value) {
        maxCharacters = value;
        return this;
    }

    Settings maxFileSize(DataSize value) {
        maxFileSize = value;
        return this;
    }

    Settings maxEmbeddedDepth(int value) {
        maxEmbeddedDepth = value;
        return this;
    }

    Settings maxEmbeddedCount(int value) {
        maxEmbeddedCount = value;
        return this;
    }

    Settings timeout(Duration value) {
        timeout = value;
        return this;
    }

    Settings childHeap(DataSize value) {
        childHeap = value;
        return this;
    }

    Settings ocr(boolean value) {
        ocr = value;
        return this;
    }

    ExtractionProperties build() {
        return new ExtractionProperties(maxCharacters, maxFileSize, maxEmbeddedDepth, maxEmbeddedCount,
                maxExpansionRatio, maxExpandedSize, timeout, 1, childHeap, "target/extraction-work",
                new ExtractionProperties.Ocr(ocr, Duration.ofSeconds(90)));
    }

    IsolatedTikaExtractor extractor() {
        return new IsolatedTikaExtractor(build());
    }

    IsolatedTikaExtractor extractor(boolean tesseractInstalled, ChildLaunch launch) {
        return new IsolatedTikaExtractor(build(), tesseractInstalled, launch);
    }
}
