package org.crossforce.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.crossforce.indexing.ReportDocument;

/** A document with its full text and everything known about where it came from. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentDetails(
        String id,
        String force,
        String kind,
        @JsonProperty("root_id") String rootId,
        @JsonProperty("parent_id") String parentId,
        String path,
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
        boolean ocr,
        String language,
        @JsonProperty("page_count") Integer pageCount,
        ReportDocument.Email email,
        ReportDocument.Photo photo,
        ReportDocument.GeoPoint location,
        String failure,
        List<ReportDocument.Delivery> deliveries,
        String text,
        Map<String, List<String>> metadata,
        String conditions) {

    /** @param conditions those of the agreement under which the caller reads a C record, else empty */
    static DocumentDetails of(ReportDocument doc, String conditions) {
        return new DocumentDetails(doc.id(), doc.force(), doc.kind(), doc.rootId(), doc.parentId(), doc.path(),
                doc.title(), doc.date(), doc.marking(), doc.handling(), doc.sourceSystem(), doc.fileName(),
                doc.mediaType(), doc.size(), doc.sha256(), doc.author(), doc.created(), doc.modified(),
                doc.ingestedAt(), doc.truncated(), Boolean.TRUE.equals(doc.ocr()), doc.language(), doc.pageCount(),
                doc.email(), doc.photo(), doc.location(), doc.failure(),
                doc.deliveries() == null ? List.of() : doc.deliveries(), doc.text(),
                doc.metadata() == null ? Map.of() : doc.metadata(), conditions.isEmpty() ? null : conditions);
    }
}
