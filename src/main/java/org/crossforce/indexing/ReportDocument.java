package org.crossforce.indexing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A document or record as it is stored in its force's index. Field names are those of
 * {@code index-mappings/index-templates/crossforce-reports.json}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportDocument(
        String id,
        String force,
        @JsonProperty("source_system") String sourceSystem,
        String marking,
        String handling,
        String sha256,
        long size,
        @JsonProperty("file_name") String fileName,
        @JsonProperty("media_type") String mediaType,
        String title,
        String text,
        String author,
        Instant date,
        Instant created,
        Instant modified,
        @JsonProperty("ingested_at") Instant ingestedAt,
        boolean truncated,
        Map<String, List<String>> metadata) {
}
