package org.crossforce.ingestion.journal;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One accepted file of a job. It is written before the sender is answered, and stays
 * {@code PENDING} until it has its outcome, so a crash loses nothing.
 *
 * @param origin   where the file came from (a path for a drop folder or the command line), else null
 */
// Journals written before a field was dropped still read.
@JsonIgnoreProperties(ignoreUnknown = true)
public record EntryRecord(
        String jobId,
        int seq,
        String name,
        String origin,
        String sha256,
        long size,
        String status,
        String reason,
        String documentId,
        boolean truncated,
        int parts,
        Instant finished) {

    public static final String PENDING = "PENDING";

    public String key() {
        return JournalKeys.entry(jobId, seq);
    }

    public boolean pending() {
        return PENDING.equals(status);
    }

    public EntryRecord finished(String outcome, String why, String id, boolean cut, int partCount, Instant at) {
        return new EntryRecord(jobId, seq, name, origin, sha256, size, outcome, why, id, cut, partCount, at);
    }

    public EntryRecord retried() {
        return new EntryRecord(jobId, seq, name, origin, sha256, size, PENDING, null, documentId, false, 0, null);
    }
}
