package org.crossforce.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.crossforce.elasticsearch.ReportIndices;
import org.crossforce.shared.DocumentId;
import org.crossforce.shared.ForceCode;
import org.crossforce.support.Api;
import org.crossforce.support.AppProcess;
import org.crossforce.support.TestElasticsearch;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Kill Crossforce with SIGKILL in the middle of a 10,000-file ingest and start it again: it
 * resumes by itself and ends with exactly the documents an uninterrupted run gives, none lost,
 * none doubled. Deterministic ids make "an uninterrupted run" computable: one document per file,
 * with the id derived from the force and the file's bytes.
 */
class ResumeAfterKillTest {

    private static final ForceCode FORCE = ForceCode.of("cumbria");
    private static final int FILES = 10_000;
    private static final int PER_UPLOAD = 1_000;

    @Test
    void anIngestKilledHalfwayResumesAndEndsWithExactlyTheSameDocuments(@TempDir Path dir) throws Exception {
        ElasticsearchClient es = client();
        deleteIndex(es);
        List<Path> files = writeFiles(Files.createDirectories(dir.resolve("files")));
        Set<String> expected = new HashSet<>();
        for (Path file : files) {
            expected.add(DocumentId.forFile(FORCE, sha256(file)).value());
        }
        Path data = Files.createDirectories(dir.resolve("data"));
        String url = TestElasticsearch.url().toString();

        AppProcess first = new AppProcess(data, url, "--crossforce.ingest.answer-timeout=0s").start();
        Api api = first.signedInApi(FORCE.value());
        for (int i = 0; i < FILES; i += PER_UPLOAD) {
            Api.Response answer = api.upload(FORCE.value(), Map.of(), files.subList(i, i + PER_UPLOAD));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).hasSize(PER_UPLOAD);
        }
        int pendingAtKill = waitUntilPendingAtMost(api, FILES * 2 / 3, Duration.ofMinutes(10));
        first.kill();
        assertThat(pendingAtKill).as("killed in the middle, not before or after").isBetween(1, FILES - 1);

        try (AppProcess second = new AppProcess(data, url).start()) {
            waitUntilPendingAtMost(second.signedInApi(FORCE.value()), 0, Duration.ofMinutes(15));
            List<JsonNode> jobs = new ArrayList<>();
            second.signedInApi(FORCE.value()).get("/api/ingest/jobs").body().forEach(jobs::add);
            assertThat(jobs).hasSize(FILES / PER_UPLOAD)
                    .allSatisfy(job -> {
                        assertThat(job.get("done").asInt()).isEqualTo(PER_UPLOAD);
                        assertThat(job.get("indexed").asInt()).as("indexed in " + job).isEqualTo(PER_UPLOAD);
                    });
        }

        es.indices().refresh(r -> r.index(ReportIndices.of(FORCE)));
        assertThat(es.count(c -> c.index(ReportIndices.of(FORCE))).count()).isEqualTo(FILES);
        assertThat(indexedIds(es)).isEqualTo(expected);
    }

    private static int waitUntilPendingAtMost(Api api, int most, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            int pending = api.get("/api/ingest/status").body().get("pending").asInt();
            if (pending <= most) {
                return pending;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Still more than " + most + " files pending after " + timeout);
    }

    private static List<Path> writeFiles(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            Path file = dir.resolve(String.format("log-%05d.txt", i));
            Files.writeString(file, "Intelligence log " + i + "\nOFFICIAL\nSubject seen at location " + (i * 7919 % 1000)
                    + " in Carlisle; vehicle " + (i % 97) + "; entry " + i + ".");
            files.add(file);
        }
        return files;
    }

    private static Set<String> indexedIds(ElasticsearchClient es) throws IOException {
        Set<String> ids = new HashSet<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            var page = es.search(s -> {
                s.index(ReportIndices.of(FORCE)).size(5_000).source(src -> src.fetch(false))
                        .sort(o -> o.field(f -> f.field("id")));
                if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                }
                return s;
            }, Void.class);
            List<Hit<Void>> hits = page.hits().hits();
            if (hits.isEmpty()) {
                return ids;
            }
            hits.forEach(h -> ids.add(h.id()));
            after = hits.getLast().sort();
        }
    }

    private static void deleteIndex(ElasticsearchClient es) throws IOException {
        if (es.indices().exists(e -> e.index(ReportIndices.of(FORCE))).value()) {
            es.indices().delete(d -> d.index(ReportIndices.of(FORCE)));
        }
    }

    private static ElasticsearchClient client() {
        var url = TestElasticsearch.url();
        RestClient rest = RestClient.builder(new HttpHost(url.getHost(), url.getPort(), url.getScheme())).build();
        return new ElasticsearchClient(new RestClientTransport(rest, new Jackson3JsonpMapper()));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
