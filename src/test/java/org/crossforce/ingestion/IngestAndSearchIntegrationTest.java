package org.crossforce.ingestion;

import org.springframework.context.ApplicationContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import org.crossforce.support.Api;
import org.crossforce.support.CrossforceIntegrationTest;
import org.crossforce.support.Fixtures;
import org.crossforce.support.TestIndices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Upload over REST, then search and read back, against the real Elasticsearch. */
@CrossforceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestAndSearchIntegrationTest {

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient client;

    Path dir;

    Api api;
    JsonNode kentUpload;

    @BeforeAll
    void ingestFixtures(@TempDir Path tempDir) throws IOException {
        dir = tempDir;
        api = new Api(port, context);
        TestIndices.deleteAll(client);
        Path stemOnly = write("market-report.txt", "Market patrol report\nThree burglaries were reported near the market.");
        Path hostile = write("hostile.txt", "Hostile note\n<script>alert('x')</script> then <img src=x onerror=alert(1)> said the gang.");
        Api.Response upload = api.upload("kent", Map.of(),
                Fixtures.document("burglary-report.txt"), Fixtures.document("intelligence-log.html"),
                Fixtures.document("truncated.docx"), Fixtures.document("empty.txt"), stemOnly, hostile);
        assertThat(upload.status()).isEqualTo(200);
        kentUpload = upload.body();
        assertThat(api.upload("btp", Map.of("marking", "OFFICIAL-SENSITIVE", "handling", "C", "source_system", "niche-rms"),
                Fixtures.document("burglary-report.txt"), Fixtures.document("email-with-attachment.eml")).status())
                .isEqualTo(200);
        assertThat(api.upload("city-of-london", Map.of(), Fixtures.document("incident-report.pdf"),
                Fixtures.document("witness-statement.docx")).status()).isEqualTo(200);
    }

    @Test
    void everyUploadedFileGetsItsOwnOutcomeAndOneBrokenFileFailsNoOther() {
        assertThat(kentUpload).hasSize(6);
        assertThat(outcome("burglary-report.txt").get("status").asString()).isEqualTo("INDEXED");
        assertThat(outcome("intelligence-log.html").get("status").asString()).isEqualTo("INDEXED");
        assertThat(outcome("truncated.docx").get("status").asString()).isEqualTo("FAILED");
        assertThat(outcome("truncated.docx").get("reason").asString()).contains("damaged or incomplete");
        assertThat(outcome("empty.txt").get("reason").asString()).isEqualTo("The file is empty (0 bytes).");
        assertThat(StreamSupport.stream(kentUpload.spliterator(), false).map(o -> o.get("job").asString()).distinct())
                .hasSize(1);
    }

    @Test
    void theSameBytesAgainForTheSameForceAreADuplicateButForAnotherForceANewDocument() {
        JsonNode again = api.upload("kent", Map.of(), Fixtures.document("burglary-report.txt")).body().get(0);
        assertThat(again.get("status").asString()).isEqualTo("DUPLICATE");
        assertThat(again.get("id").asString()).isEqualTo(outcome("burglary-report.txt").get("id").asString());

        JsonNode doc = api.get("/api/documents/" + again.get("id").asString()).body();
        assertThat(doc.get("deliveries")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(doc.get("deliveries").get(0).get("file_name").asString()).isEqualTo("burglary-report.txt");

        long kentCopies = api.get("/api/search?q=Cliftonville%20series%20review&force=kent").body().get("total").asLong();
        assertThat(kentCopies).isEqualTo(1);
        assertThat(api.get("/api/search?q=Cliftonville%20series%20review").body().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void searchingBurglaryFindsAReportThatOnlySaysBurglaries() {
        JsonNode result = api.get("/api/search?q=burglary&force=kent").body();
        JsonNode hit = hitTitled(result, "Market patrol report");
        assertThat(hit.get("highlights").get(0).asString()).contains("<em>burglaries</em>");
    }

    @Test
    void searchingCafeFindsCafeWithItsAccent() {
        JsonNode hit = hitTitled(api.get("/api/search?q=cafe").body(), "Intelligence log – meeting at Café Nero, Cheapside");
        assertThat(hit.get("highlights").toString()).contains("<em>Café</em>");
        assertThat(hit.get("force").asString()).isEqualTo("kent");
        assertThat(hit.get("marking").asString()).isEqualTo("OFFICIAL");
    }

    @Test
    void theForceFacetCountsTheOtherForcesWhileOneIsSelected() {
        JsonNode result = api.get("/api/search?q=Cliftonville&force=kent").body();

        assertThat(result.get("hits")).allSatisfy(h -> assertThat(h.get("force").asString()).isEqualTo("kent"));
        assertThat(result.get("facets").get("force").get("kent").asLong()).isEqualTo(result.get("total").asLong());
        assertThat(result.get("facets").get("force").get("btp").asLong()).isEqualTo(1);
    }

    @Test
    void theSyntaxAnalystsUseWorks() {
        assertThat(titles("/api/search?q=%22burglaries%20were%20reported%22")).containsExactly("Market patrol report");
        assertThat(titles("/api/search?q=burglaries%20AND%20market")).containsExactly("Market patrol report");
        assertThat(titles("/api/search?q=market%20-patrol")).isEmpty();
        assertThat(titles("/api/search?q=Cliftonvile~&force=kent")).contains("Burglary report – Cliftonville series review");
    }

    @Test
    void anUnbalancedQuoteStillFindsTheWords() {
        assertThat(titles("/api/search?q=%22burglaries%20were")).contains("Market patrol report");
        assertThat(titles("/api/search?q=Handling%20code:%20P&force=kent")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%22unbalanced", "AND%20OR%20(", "title:%5B", "%2Fregex(", "*", "((((", "NOT", "%5C"})
    void aMalformedQueryNeverGivesAServerError(String q) {
        Api.Response response = api.get("/api/search?q=" + q);
        assertThat(response.status()).isIn(200, 400);
        if (response.status() == 400) {
            assertThat(response.body().get("reason").asString()).doesNotContainIgnoringCase("exception");
        }
        assertThat(response.body().toString()).doesNotContain("elasticsearch", "at co.elastic");
    }

    @Test
    void highlightsShowDocumentTextAsTextWithOnlyEmphasisAsMarkup() {
        JsonNode hit = hitTitled(api.get("/api/search?q=gang").body(), "Hostile note");
        String highlight = hit.get("highlights").get(0).asString();
        assertThat(highlight).contains("&lt;script&gt;", "<em>gang</em>").doesNotContain("<script", "<img");
    }

    @Test
    void theDocumentComesWithItsTextMetadataAndProvenance() {
        String id = outcome("intelligence-log.html").get("id").asString();
        Api.Response response = api.get("/api/documents/" + id);

        assertThat(response.status()).isEqualTo(200);
        JsonNode doc = response.body();
        assertThat(doc.get("text").asString()).contains("Café Nero on Cheapside");
        assertThat(doc.get("force").asString()).isEqualTo("kent");
        assertThat(doc.get("media_type").asString()).isEqualTo("text/html");
        assertThat(doc.get("file_name").asString()).isEqualTo("intelligence-log.html");
        assertThat(doc.get("sha256").asString()).hasSize(64);
        assertThat(doc.get("metadata").get("Content-Type")).isNotNull();
    }

    @Test
    void markingHandlingAndSourceSystemAreKeptAsSent() {
        JsonNode hit = hitTitled(api.get("/api/search?q=sovereigns&force=btp").body(),
                "Cheapside burglary - property list attached");
        JsonNode doc = api.get("/api/documents/" + hit.get("id").asString()).body();

        assertThat(doc.get("marking").asString()).isEqualTo("OFFICIAL-SENSITIVE");
        assertThat(doc.get("handling").asString()).isEqualTo("C");
        assertThat(doc.get("source_system").asString()).isEqualTo("niche-rms");
    }

    @Test
    void theOriginalIsKeptAndComesBackByteForByte() throws IOException {
        String id = outcome("intelligence-log.html").get("id").asString();
        Api.Download original = api.download("/api/documents/" + id + "/original");

        assertThat(original.status()).isEqualTo(200);
        assertThat(original.bytes()).isEqualTo(Files.readAllBytes(Fixtures.document("intelligence-log.html")));
        assertThat(original.contentDisposition()).startsWith("attachment").contains("intelligence-log.html");
    }

    @Test
    void anEmailAndItsAttachmentAreADocumentTreeWithEachPartSearchable() {
        JsonNode attachment = hitTitled(api.get("/api/search?q=sovereigns&force=btp").body(),
                "Cheapside burglary - property list attached");
        JsonNode tree = api.get("/api/documents/" + attachment.get("id").asString() + "/tree").body();

        assertThat(tree).isNotEmpty();
        assertThat(tree.get(0).get("path").asString()).isEqualTo("email-with-attachment.eml");
    }

    @Test
    void anEmailsSenderAndRecipientAreItsEntities() {
        JsonNode attachment = hitTitled(api.get("/api/search?q=sovereigns&force=btp").body(),
                "Cheapside burglary - property list attached");
        String email = api.get("/api/documents/" + attachment.get("id").asString() + "/tree").body()
                .get(0).get("id").asString();

        JsonNode entities = api.get("/api/documents/" + email + "/entities").body();

        assertThat(entities.toString()).contains("\"id\":\"email:rachel.lim@cityoflondon.police.example\"",
                "\"id\":\"email:helen.marsh@kent.police.example\"", "\"value\":\"rachel lim\"",
                "\"value\":\"helen marsh\"", "\"id\":\"email:fiona.gallagher@cityoflondon.police.example\"",
                "\"value\":\"fiona gallagher\"");
        // A comment in brackets after a name is where she works, not who she is.
        assertThat(entities.toString()).doesNotContain("acquisitive", "Acquisitive");
    }

    @Test
    void theJobSaysWhatBecameOfEveryFile() {
        String job = kentUpload.get(0).get("job").asString();
        Api api = this.api.asIntakeOf("kent");
        JsonNode details = api.get("/api/ingest/jobs/" + job).body();

        assertThat(details.get("job").get("files").asInt()).isEqualTo(6);
        assertThat(details.get("job").get("done").asInt()).isEqualTo(6);
        assertThat(details.get("job").get("failed").asInt()).isEqualTo(2);
        assertThat(api.get("/api/ingest/jobs/" + job + "?status=FAILED").body().get("outcomes")).hasSize(2);
        assertThat(api.get("/api/ingest/jobs").body().toString()).contains(job);
        assertThat(api.get("/api/ingest/jobs/nope").status()).isEqualTo(404);
    }

    @Test
    void aDocumentThatDoesNotExistIsNotFound() {
        assertThat(api.get("/api/documents/0000000000000000000000000000000000000000").status()).isEqualTo(404);
        assertThat(api.get("/api/documents/not-an-id").status()).isEqualTo(404);
    }

    @Test
    void anUnknownForceIsRefusedWithWhereTheListIs() throws IOException {
        Api.Response response = api.upload("gotham", Map.of(), write("note.txt", "a note"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("reason").asString()).contains("GET /api/forces");
        assertThat(api.get("/api/search?q=x&force=gotham").status()).isEqualTo(400);
        assertThat(api.get("/api/forces").body().toString()).contains("city-of-london", "btp");
    }

    @Test
    void aMarkingThatDoesNotExistIsRefused() throws IOException {
        Api.Response response = api.upload("kent", Map.of("marking", "TOP-SECRET"), write("note.txt", "a note"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("reason").asString()).contains("OFFICIAL, OFFICIAL-SENSITIVE or SECRET");
    }

    @Test
    void resultsArePagedAndPagesHaveALimit() {
        JsonNode all = api.get("/api/search?size=100").body();
        JsonNode second = api.get("/api/search?size=1&page=1").body();

        assertThat(second.get("total").asLong()).isEqualTo(all.get("total").asLong());
        assertThat(second.get("hits")).hasSize(1);
        assertThat(second.get("hits").get(0).get("id")).isEqualTo(all.get("hits").get(1).get("id"));
        assertThat(api.get("/api/search?size=101").status()).isEqualTo(400);
    }

    @Test
    void healthReportsElasticsearch() {
        JsonNode health = api.get("/actuator/health").body();
        assertThat(health.get("components").get("elasticsearch").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void smythAndSmithShareAPhoneticKey() throws IOException {
        assertThat(phoneticKeys("Smyth")).isNotEmpty().isEqualTo(phoneticKeys("Smith"));
        assertThat(phoneticKeys("Smyth")).isNotEqualTo(phoneticKeys("Jones"));
    }

    private List<String> phoneticKeys(String name) throws IOException {
        return client.indices().analyze(a -> a.index("crossforce-reports-kent").analyzer("crossforce_name_phonetic").text(name))
                .tokens().stream().map(AnalyzeToken::token).sorted().toList();
    }

    private JsonNode outcome(String name) {
        return StreamSupport.stream(kentUpload.spliterator(), false)
                .filter(o -> o.get("name").asString().equals(name)).findFirst().orElseThrow();
    }

    private static JsonNode hitTitled(JsonNode result, String title) {
        return StreamSupport.stream(result.get("hits").spliterator(), false)
                .filter(h -> h.get("title").asString().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No hit titled '" + title + "' in " + result));
    }

    private List<String> titles(String uri) {
        return StreamSupport.stream(api.get(uri).body().get("hits").spliterator(), false)
                .map(h -> h.get("title").asString()).toList();
    }

    private Path write(String name, String text) throws IOException {
        Path sub = Files.createDirectories(dir.resolve(Long.toString(System.nanoTime())));
        return Files.writeString(sub.resolve(name), text);
    }
}
