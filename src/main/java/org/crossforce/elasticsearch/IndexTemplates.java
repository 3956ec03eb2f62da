package org.crossforce.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Installs the component and index templates kept as JSON in {@code index-mappings/}. Putting a
 * template replaces it, so this runs at every start and a changed mapping reaches new indices.
 */
@Component
class IndexTemplates {

    private static final Logger log = LoggerFactory.getLogger(IndexTemplates.class);

    private final ElasticsearchClient client;

    IndexTemplates(ElasticsearchClient client) {
        this.client = client;
        install();
    }

    void install() {
        try {
            for (Resource json : resources("component-templates")) {
                try (InputStream in = json.getInputStream()) {
                    client.cluster().putComponentTemplate(b -> b.name(name(json)).withJson(in));
                }
            }
            for (Resource json : resources("index-templates")) {
                try (InputStream in = json.getInputStream()) {
                    client.indices().putIndexTemplate(b -> b.name(name(json)).withJson(in));
                }
            }
            log.info("Index templates installed");
        } catch (IOException e) {
            throw new UncheckedIOException("Installing the index templates failed: " + e.getMessage(), e);
        }
    }

    private static Resource[] resources(String folder) throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:index-mappings/" + folder + "/*.json");
        Arrays.sort(found, Comparator.comparing(IndexTemplates::name));
        return found;
    }

    private static String name(Resource json) {
        return json.getFilename().replaceFirst("\\.json$", "");
    }
}
