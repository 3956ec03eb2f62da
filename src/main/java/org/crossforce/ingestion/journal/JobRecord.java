package org.crossforce.ingestion.journal;

import java.time.Instant;

/** An ingest job as the journal keeps it: who sent which files for which force, and how. */
public record JobRecord(
        String id,
        String force,
        String user,
        String marking,
        String handling,
        String sourceSystem,
        String channel,
        Instant created,
        int files) {
}
