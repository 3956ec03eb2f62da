package org.crossforce.cli;

import java.util.List;

import org.crossforce.ingestion.IncomingFile;
import org.crossforce.ingestion.IngestOptions;
import org.crossforce.ingestion.IngestOutcome;
import org.crossforce.ingestion.IngestService;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.ForceCode;
import org.springframework.stereotype.Component;

/** The pipeline in this process, with its own Elasticsearch connection. */
@Component
class LocalIngestor implements Ingestor {

    private final IngestService ingestion;
    private final CurrentCaller caller;

    LocalIngestor(IngestService ingestion, CurrentCaller caller) {
        this.ingestion = ingestion;
        this.caller = caller;
    }

    @Override
    public List<IngestOutcome> ingest(ForceCode force, List<IncomingFile> files, IngestOptions options) {
        return ingestion.ingest(caller.get(), force, files, options);
    }
}
