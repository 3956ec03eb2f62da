package org.crossforce.extraction;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What extraction found in a file.
 *
 * @param truncated true when the text was cut at the configured limit
 * @param metadata  every metadata value the parser reported, by its name
 */
public record ExtractedDocument(
        String mediaType,
        String title,
        String text,
        boolean truncated,
        String author,
        Instant created,
        Instant modified,
        Map<String, List<String>> metadata) {

    public ExtractedDocument {
        metadata = Map.copyOf(metadata);
    }
}
