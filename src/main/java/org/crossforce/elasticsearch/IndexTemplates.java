package org.crossforce.elasticsearch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Comparator;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Installs the component and index templates kept as JSON in {@code index-mappings/}. Putting a
 * template replaces it, so this runs at every start and a changed mapping reaches new indices.
 */
@Component
class IndexTemplates {

    private static final Logger log = LoggerFactory.getLogger(IndexTemplates.class);

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
                updateExistingIndices(json);
            }
            log.info("Index templates installed");
        } catch (IOException e) {
            throw new UncheckedIOException("Installing the index templates failed: " + e.getMessage(), e);
        }
    }

    /**
     * A template shapes only indices created after it, so fields added since are also put on the
     * indices that exist: new fields are additive and Elasticsearch accepts them in place.
     */
    private void updateExistingIndices(Resource json) throws IOException {
        JsonNode template = JSON.readTree(json.getInputStream());
        JsonNode mappings = template.path("template").path("mappings");
        if (mappings.isMissingNode()) {
            return;
        }
        List<String> patterns = new ArrayList<>();
        template.path("index_patterns").forEach(p -> patterns.add(p.asString()));
        byte[] body = JSON.writeValueAsBytes(mappings);
        client.indices().putMapping(b -> b.index(patterns).allowNoIndices(true).ignoreUnavailable(true)
                .withJson(new ByteArrayInputStream(body)));
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
