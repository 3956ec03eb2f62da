package org.crossforce.ingestion;

import org.springframework.context.ApplicationContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.crossforce.elasticsearch.ReportIndices;
import org.crossforce.shared.ForceCode;
import org.crossforce.support.Api;
import org.crossforce.support.CrossforceIntegrationTest;
import org.crossforce.support.TestIndices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Structured exports through the real pipeline: each row a record, bad rows reported by line,
 * and data.police.uk's later download of the same month updating, never doubling.
 */
@CrossforceIntegrationTest
class StructuredExportIntegrationTest {

    @Autowired
    ApplicationContext context;

    private static final Path EXPORTS = Path.of("src/test/resources/exports");
    private static final ForceCode CITY = ForceCode.of("city-of-london");

    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient client;

    Api api;

    @BeforeEach
    void start() throws IOException {
        api = new Api(port, context);
        TestIndices.deleteAll(client);
    }

    @Test
    void aLaterDownloadOfTheSameMonthLeavesOneRecordPerCrimeWithTheLaterOutcome() throws IOException {
        JsonNode first = upload("city-of-london", EXPORTS.resolve("police-uk/street/2017-02-city-of-london-street.csv"));
        assertThat(first.get("status").asString()).isEqualTo("INDEXED");
        long records = recordCount();
        assertThat(records).isEqualTo(597);

        JsonNode later = upload("city-of-london",
                EXPORTS.resolve("police-uk/street-resnapshot-later-download/2017-02-city-of-london-street.csv"));

        assertThat(later.get("status").asString()).isEqualTo("UPDATED");
        assertThat(recordCount()).isEqualTo(records);
        JsonNode changed = api.get("/api/search?q=%22Offender%20given%20a%20caution%22&force=city-of-london&size=100")
                .body();
        assertThat(changed.get("total").asLong()).isPositive();
        String id = changed.get("hits").get(0).get("id").asString();
        JsonNode record = api.get("/api/documents/" + id).body();
        assertThat(record.get("kind").asString()).isEqualTo("record");
        assertThat(record.get("deliveries")).hasSize(2);
        assertThat(record.get("source_system").asString()).isEqualTo("police-uk-street");
    }

    @Test
    void aRecordSystemsBadRowsAreReportedByLineAndTheRestLoad() throws IOException {
        JsonNode outcome = upload("kent", EXPORTS.resolve("beacon-rms/occurrences-2025-10.csv"));

        assertThat(outcome.get("status").asString()).isEqualTo("INDEXED");
        assertThat(outcome.get("reason").asString()).contains("4 of 10 rows loaded", "line 5: Reported", "line 11: Occurrence No");
        JsonNode burglary = api.get("/api/search?q=%22Dalby%20Square%22%20SMYTH&force=kent").body();
        assertThat(burglary.get("total").asLong()).isEqualTo(1);
        JsonNode record = api.get("/api/documents/" + burglary.get("hits").get(0).get("id").asString()).body();
        assertThat(record.get("marking").asString()).isEqualTo("OFFICIAL-SENSITIVE");
        assertThat(record.get("text").asString()).contains("Suspect: Jonathan SMYTH born 1994-03-14", "UX19 QFK");
    }

    @Test
    void anIntelligenceSystemsJsonBecomesRecordsWithTheirGrading() throws IOException {
        JsonNode outcome = upload("kent", EXPORTS.resolve("harbour-intel/logs-2025-10.json"));

        assertThat(outcome.get("status").asString()).isIn("INDEXED", "UPDATED");
        assertThat(api.get("/api/search?q=Smyth&force=kent").body().get("total").asLong()).isPositive();
    }

    private JsonNode upload(String force, Path file) {
        Api.Response response = api.upload(force, Map.of(), file);
        assertThat(response.status()).isEqualTo(200);
        return response.body().get(0);
    }

    private long recordCount() throws IOException {
        client.indices().refresh(r -> r.index(ReportIndices.of(CITY)));
        return client.count(c -> c.index(ReportIndices.of(CITY))
                .query(q -> q.term(t -> t.field("kind").value("record")))).count();
    }
}
