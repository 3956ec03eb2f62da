package org.crossforce.ingestion;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} says how many files wait and whether they wait for Elasticsearch.
 * Waiting is not down: the files are safe in the journal and go on when Elasticsearch returns.
 */
@Component("ingestion")
class IngestionHealthIndicator extends AbstractHealthIndicator {

    private final IngestService ingestion;

    IngestionHealthIndicator(IngestService ingestion) {
        this.ingestion = ingestion;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        IngestService.PipelineState state = ingestion.state();
        builder.up().withDetail("pending", state.pending())
                .withDetail("waitingForElasticsearch", state.waitingForElasticsearch());
        if (state.reason() != null) {
            builder.withDetail("reason", state.reason());
        }
    }
}
