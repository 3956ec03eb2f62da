package org.crossforce.elasticsearch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Elasticsearch is. With {@code url} unset, Crossforce runs the embedded server described
 * by {@code embedded}.
 */
@ConfigurationProperties("crossforce.elasticsearch")
public record ElasticsearchProperties(
        URI url,
        String username,
        String password,
        String apiKey,
        Path caCertificate,
        @DefaultValue Embedded embedded) {

    /**
     * @param home         where the server, its data and its logs live
     * @param distribution the Elasticsearch zip; unset means the one the Maven build resolved
     * @param heap         the server's heap, as for -Xmx
     * @param httpPort     0 picks a free port
     * @param runAs        the account the server runs as when Crossforce runs as root
     */
    public record Embedded(
            @DefaultValue("data/elasticsearch") Path home,
            Path distribution,
            @DefaultValue("512m") String heap,
            @DefaultValue("0") int httpPort,
            @DefaultValue("180s") Duration startTimeout,
            @DefaultValue("nobody") String runAs) {
    }
}
