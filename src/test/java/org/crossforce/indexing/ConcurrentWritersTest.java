package org.crossforce.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.crossforce.shared.ForceCode;
import org.crossforce.support.TestElasticsearch;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ingest workers, the idle flush and the periodic flush all write through the one indexer at
 * once. Every write must get its answer: a write whose answer never comes leaves its file
 * queued for ever.
 */
class ConcurrentWritersTest {

    private static final ForceCode FORCE = ForceCode.of("concurrency-check");

    private RestClient rest;
    private DocumentIndexer indexer;

    @BeforeEach
    void start() {
        URI url = TestElasticsearch.url();
        rest = RestClient.builder(new HttpHost(url.getHost(), url.getPort(), url.getScheme())).build();
        ElasticsearchClient client = new ElasticsearchClient(new RestClientTransport(rest, new Jackson3JsonpMapper()));
        indexer = new DocumentIndexer(client);
    }

    @AfterEach
    void stop() throws Exception {
        indexer.close();
        rest.close();
    }

    @Test
    void everyWriteFromManyThreadsGetsItsAnswer() throws Exception {
        int threads = 8;
        int writesEach = 3_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<CompletableFuture<IndexResult>> answers = java.util.Collections.synchronizedList(new ArrayList<>());
        List<java.util.concurrent.Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < writesEach; i++) {
                    answers.add(indexer.delete(FORCE, "doc-" + thread + "-" + i));
                    if (i % 37 == 0) {
                        indexer.flush();
                    }
                }
                indexer.flush();
            }));
        }
        for (var writer : writers) {
            writer.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        assertThat(answers).hasSize(threads * writesEach).allMatch(CompletableFuture::isDone);
    }
}
