package org.crossforce.ingestion;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param journal       where the ingest journal is kept
 * @param staging       where uploads wait until they are kept in the store of originals
 * @param workers       files processed at once; 0 means one per core
 * @param answerTimeout how long an upload waits for its outcomes before answering QUEUED for the rest
 * @param maxBackoff    the longest pause between attempts while Elasticsearch is unavailable
 */
@ConfigurationProperties("crossforce.ingest")
public record IngestProperties(
        @DefaultValue("data/ingest") Path journal,
        @DefaultValue("data/staging") Path staging,
        @DefaultValue("0") int workers,
        @DefaultValue("60s") Duration answerTimeout,
        @DefaultValue("30s") Duration maxBackoff) {

    int workerCount() {
        return workers > 0 ? workers : Math.max(2, Runtime.getRuntime().availableProcessors());
    }
}
