/**
 * Taking files in for a force: hashing, deduplication, extraction and indexing, with one outcome
 * per file that says what became of it. The REST upload, the {@code ingest} command and the demo
 * set all come through {@link org.crossforce.ingestion.IngestService}.
 */
package org.crossforce.ingestion;
