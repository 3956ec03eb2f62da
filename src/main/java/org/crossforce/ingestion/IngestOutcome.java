package org.crossforce.ingestion;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What became of one file.
 *
 * @param id     the document id, absent only when the file could not even be read
 * @param reason for {@code FAILED}: what went wrong, in words the sender understands
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestOutcome(String name, String id, IngestStatus status, String reason, boolean truncated, String job) {

    public boolean failed() {
        return status == IngestStatus.FAILED;
    }
}
