package org.crossforce.ingestion;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a job stands.
 *
 * @param filesPerSecond files finished per second since the job started
 * @param eta            when the job should finish at that rate; null when done or unknown
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobStatus(
        String id,
        String force,
        String user,
        String channel,
        @JsonProperty("source_system") String sourceSystem,
        Instant created,
        int files,
        int done,
        int indexed,
        int updated,
        int duplicate,
        int failed,
        int queued,
        @JsonProperty("files_per_second") double filesPerSecond,
        Instant eta) {

    public boolean finished() {
        return done == files;
    }
}
