package org.crossforce.extraction;

import java.nio.file.Path;

/** Pulls text and metadata out of a file and of every file embedded in it, whatever the format. */
public interface DocumentExtractor {

    /**
     * @param file     the bytes, on disk
     * @param fileName the name the file arrived with; a hint only, the format is detected from content
     * @return the file itself first, then what is embedded in it; an embedded file that cannot be
     *         read is a failed part, not a failed extraction
     * @throws ExtractionFailedException when the file itself cannot be read, with a reason a user understands
     */
    Extraction extract(Path file, String fileName) throws ExtractionFailedException;

    /**
     * The same, without recognising text in images: for a file whose text is not wanted now, such
     * as a photo from the public checked while its sender waits. OCR of one photo takes seconds
     * and only its metadata is needed there; its text is read when it is ingested.
     */
    default Extraction extractWithoutOcr(Path file, String fileName) throws ExtractionFailedException {
        return extract(file, fileName);
    }

    /**
     * @return true when text in images and scanned pages is recognised (OCR): it is enabled and
     *         Tesseract is installed; false means such files are kept without their text
     */
    default boolean ocrAvailable() {
        return false;
    }
}
