package org.crossforce.elasticsearch;

import java.net.URI;

/** The cluster Crossforce talks to, and the embedded server behind it when there is one. */
public record ElasticsearchEndpoint(URI url, EmbeddedElasticsearch embedded) implements AutoCloseable {

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
