package org.crossforce.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.crossforce.elasticsearch.ElasticsearchProperties;
import org.crossforce.elasticsearch.EmbeddedElasticsearch;
import org.crossforce.support.Api;
import org.crossforce.support.AppProcess;
import org.crossforce.support.TestElasticsearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Elasticsearch stops in the middle of an ingest and comes back: files sent meanwhile are
 * accepted and answered QUEUED, the health endpoint says ingestion is waiting, and once
 * Elasticsearch is back every file is indexed. Nothing is lost and nothing fails.
 */
class ElasticsearchOutageTest {

    private static final int PER_BATCH = 100;
    /** This run's word: the test's own Elasticsearch keeps earlier runs' documents. */
    private static final String RUN = "run" + Long.toString(System.nanoTime(), 36);

    @Test
    void filesSentWhileElasticsearchIsDownWaitAndAreIndexedWhenItReturns(@TempDir Path dir) throws Exception {
        ElasticsearchProperties.Embedded settings = new ElasticsearchProperties.Embedded(
                TestElasticsearch.reachableDirectory("outage-elasticsearch"), null, "384m",
                AppProcess.freePort(), Duration.ofMinutes(3), "nobody");
        EmbeddedElasticsearch elasticsearch = EmbeddedElasticsearch.start(settings);
        Path data = Files.createDirectories(dir.resolve("data"));
        try (AppProcess app = new AppProcess(data, elasticsearch.url().toString(),
                "--crossforce.ingest.answer-timeout=60s", "--crossforce.ingest.max-backoff=2s").start()) {
            Api api = app.signedInApi("kent");
            List<JsonNode> before = outcomes(api.upload("kent", Map.of(), files(dir, "before")));
            assertThat(before).allSatisfy(o -> assertThat(o.get("status").asString()).isEqualTo("INDEXED"));

            elasticsearch.close();
            List<JsonNode> during = outcomes(api.upload("kent", Map.of(), files(dir, "during")));
            assertThat(during).hasSize(PER_BATCH)
                    .allSatisfy(o -> assertThat(o.get("status").asString()).isEqualTo("QUEUED"));
            JsonNode health = waitFor(api, "/actuator/health",
                    h -> h.path("components").path("ingestion").path("details").path("waitingForElasticsearch").asBoolean());
            assertThat(health.path("components").path("ingestion").path("details").path("pending").asInt())
                    .isEqualTo(PER_BATCH);
            assertThat(health.path("components").path("elasticsearch").path("status").asString()).isEqualTo("DOWN");
            Thread.sleep(5_000);

            elasticsearch = EmbeddedElasticsearch.start(settings);
            waitFor(api, "/api/ingest/status", s -> s.get("pending").asInt() == 0 && !s.get("waitingForElasticsearch").asBoolean());
            String job = during.getFirst().get("job").asString();
            JsonNode status = api.get("/api/ingest/jobs/" + job).body().get("job");
            assertThat(status.get("indexed").asInt()).as(status.toString() + " "
                    + api.get("/api/ingest/jobs/" + job + "?status=FAILED").body()).isEqualTo(PER_BATCH);
            assertThat(status.get("failed").asInt()).isZero();
            // Searchable within the index's refresh interval.
            waitFor(api, "/api/search?q=during" + RUN + "&force=kent&size=1", r -> r.get("total").asInt() == PER_BATCH);
            assertThat(api.get("/api/search?q=before" + RUN + "&force=kent&size=1").body().get("total").asInt())
                    .isEqualTo(PER_BATCH);
        } finally {
            elasticsearch.close();
        }
    }

    private static List<JsonNode> outcomes(Api.Response response) {
        assertThat(response.status()).isEqualTo(200);
        List<JsonNode> all = new ArrayList<>();
        response.body().forEach(all::add);
        return all;
    }

    private static List<Path> files(Path dir, String batch) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(batch));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < PER_BATCH; i++) {
            files.add(Files.writeString(folder.resolve(batch + "-" + i + ".txt"),
                    "Patrol note " + i + "\nWritten " + batch + RUN + " the outage, entry " + i + "."));
        }
        return files;
    }

    private static JsonNode waitFor(Api api, String uri, Predicate<JsonNode> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            last = api.get(uri).body();
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Gave up waiting on " + uri + "; last answer: " + last);
    }
}
