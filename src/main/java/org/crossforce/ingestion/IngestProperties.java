package org.crossforce.ingestion;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param journal       where the ingest journal is kept
 * @param staging       where uploads wait until they are kept in the store of originals
 * @param workers       files processed at once; 0 means one more than there are cores, so that a
 *                      reading process never waits while a worker maps and indexes the file before
 * @param answerTimeout how long an upload waits for its outcomes before answering QUEUED for the rest
 * @param maxBackoff    the longest pause between attempts while Elasticsearch is unavailable
 * @param inbox         the drop folders, one per force: {@code <inbox>/<force>/}
 * @param inboxEnabled  whether the drop folders are watched
 * @param inboxPoll     how often they are looked at; a file is taken once it stopped growing between two looks
 */
@ConfigurationProperties("crossforce.ingest")
public record IngestProperties(
        @DefaultValue("data/ingest") Path journal,
        @DefaultValue("data/staging") Path staging,
        @DefaultValue("0") int workers,
        @DefaultValue("60s") Duration answerTimeout,
        @DefaultValue("30s") Duration maxBackoff,
        @DefaultValue("data/inbox") Path inbox,
        @DefaultValue("true") boolean inboxEnabled,
        @DefaultValue("2s") Duration inboxPoll) {

    int workerCount() {
        return workers > 0 ? workers : Runtime.getRuntime().availableProcessors() + 1;
    }
}
