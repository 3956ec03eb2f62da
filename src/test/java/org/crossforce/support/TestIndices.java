package org.crossforce.support;

import java.io.IOException;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/** Starts each test class with no documents: deletes the report indices by name. */
public final class TestIndices {

    private TestIndices() {
    }

    public static void deleteAll(ElasticsearchClient client) throws IOException {
        Set<String> indices = client.indices().get(g -> g.index("crossforce-reports-*").allowNoIndices(true)).result().keySet();
        for (String index : indices) {
            client.indices().delete(d -> d.index(index));
        }
    }
}
