package org.crossforce.ingestion;

/** Where a file ended. Every file ends in exactly one of these. */
public enum IngestStatus {
    INDEXED,
    UPDATED,
    DUPLICATE,
    QUEUED,
    FAILED
}
