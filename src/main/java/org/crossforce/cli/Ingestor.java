package org.crossforce.cli;

import java.util.List;

import org.crossforce.ingestion.IncomingFile;
import org.crossforce.ingestion.IngestOptions;
import org.crossforce.ingestion.IngestOutcome;
import org.crossforce.shared.ForceCode;

/** Where the ingest command sends its files: this process's own pipeline, or a running Crossforce. */
interface Ingestor extends AutoCloseable {

    List<IngestOutcome> ingest(ForceCode force, List<IncomingFile> files, IngestOptions options);

    @Override
    default void close() {
    }
}
