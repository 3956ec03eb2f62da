package org.crossforce.extraction;

import java.nio.file.Path;

/** Pulls text and metadata out of one file, whatever its format. */
public interface DocumentExtractor {

    /**
     * @param file     the bytes, on disk
     * @param fileName the name the file arrived with; a hint only, the format is detected from content
     * @throws ExtractionFailedException with a reason a user understands
     */
    ExtractedDocument extract(Path file, String fileName) throws ExtractionFailedException;
}
