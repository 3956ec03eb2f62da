package org.crossforce.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A document with its full text and everything known about where it came from. */
public record DocumentDetails(
        String id,
        String force,
        String title,
        Instant date,
        String marking,
        String handling,
        @JsonProperty("source_system") String sourceSystem,
        @JsonProperty("file_name") String fileName,
        @JsonProperty("media_type") String mediaType,
        long size,
        String sha256,
        String author,
        Instant created,
        Instant modified,
        @JsonProperty("ingested_at") Instant ingestedAt,
        boolean truncated,
        String text,
        Map<String, List<String>> metadata) {
}
