package org.crossforce.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.crossforce.corpus.persons.PersonsFile;
import org.crossforce.indexing.DocumentIndexer;
import org.crossforce.shared.DocumentId;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;
import org.crossforce.support.Api;
import org.crossforce.support.CrossforceIntegrationTest;
import org.crossforce.support.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The same man in three forces' systems: Kent's record management system has "SMYTHE, Jonathan"
 * born 03/04/1985 with his mobile; the Met's intelligence system has Jon Smith born 4 March 1985
 * (day and month the other way round); an Essex report mentions "J. SMYTHE" and the same mobile.
 * Among 1,500 other person records, on the real Elasticsearch and over REST: one identity, explained;
 * a rejected match and a split survive a full re-run; a new record joins as it arrives; an analyst
 * of one force sees only that force's records of the identity.
 */
@CrossforceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentitiesIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    IdentityService identities;

    @Autowired
    DocumentIndexer indexer;

    private Api api;
    private final Random random = new Random();
    private final String serial = String.format("%03d", random.nextInt(1000));
    // A surname of this run only, so that records left by other runs are nobody's namesakes.
    private final String surname = "Sm" + letters(7);
    private final String spoken = "Sm" + (char) (surname.charAt(2) == 'y' ? 'i' : 'y') + surname.substring(3);
    private String kent;
    private String met;
    private String essex;

    @BeforeAll
    void ingest(@TempDir Path dir) throws IOException {
        api = new Api(port, context);
        PersonsFile.Written background = PersonsFile.write(5, 200, 1_500, dir.resolve("background"));
        assertThat(api.upload("surrey", Map.of(), background.csv()).body().get(0).get("status").asString())
                .isIn("INDEXED", "DUPLICATE");
        Path rms = Files.writeString(dir.resolve("occurrences-" + serial + ".csv"), """
                Occurrence No,Reported,Occurrence Type,Address,Postcode,Latitude,Longitude,Person 1 Name,Person 1 DOB,Person 1 Role,Person 2 Name,Person 2 DOB,Person 2 Role,Vehicle VRM,Vehicle Make,Vehicle Colour,Phone,Narrative,Protective Marking,Handling Code
                BR-ID-%s,14/10/2025 09:30,Burglary - dwelling,"12 Dalby Square, Margate",CT9 2ER,51.3889,1.3935,"%s, Jonathan",03/04/1985,SUS,,,,,,,0113 496 0%s,"Rear door forced.",OFFICIAL,P
                """.formatted(serial, surname.toUpperCase(), serial));
        assertThat(api.upload("kent", Map.of(), rms).body().get(0).get("status").asString()).isEqualTo("INDEXED");
        kent = DocumentId.forRecord(ForceCode.of("kent"), "beacon-rms", "BR-ID-" + serial).value() + "#0";
        Path intel = Files.writeString(dir.resolve("logs-" + serial + ".ndjson"), """
                {"logId":"HI-ID-%s","created":"2025-10-20T10:00:00Z","grading":{"source":"B","intelligence":"2","handling":"P"},"classification":"OFFICIAL","subjects":[{"forename":"Jon","surname":"%s","dateOfBirth":"1985-03-04","role":"subject"}],"text":"Subject seen at the harbour."}
                """.formatted(serial, spoken));
        assertThat(api.upload("metropolitan", Map.of(), intel).body().get(0).get("status").asString()).isEqualTo("INDEXED");
        met = DocumentId.forRecord(ForceCode.of("metropolitan"), "harbour-intel", "HI-ID-" + serial).value() + "#0";
        Path report = Files.writeString(dir.resolve("report-" + serial + ".txt"), """
                Crime report. At 22:40 officers stopped J. %s on the High Street, Basildon. He gave his mobile as
                0113 496 0%s and was allowed to leave.
                """.formatted(surname.toUpperCase(), serial));
        String document = api.upload("essex", Map.of(), report).body().get(0).get("id").asString();
        essex = document + "#0";
        indexer.flush();
        identities.resolveAll(stage -> { });
    }

    @Test
    @Order(1)
    void threeForcesRecordsAreOneIdentityWithEveryRecordAndItsSpelling() {
        JsonNode persons = api.get("/api/records/" + encode(kent) + "/identity").body();
        String identity = persons.get(0).get("identity").asString();
        assertThat(persons.get(0).get("records").asInt()).isEqualTo(3);

        JsonNode profile = api.get("/api/identities/" + identity).body();

        List<String> keys = new ArrayList<>();
        profile.get("records").forEach(r -> keys.add(r.get("key").asString()));
        assertThat(keys).containsExactlyInAnyOrder(kent, met, essex);
        assertThat(texts(profile.get("forces"))).containsExactlyInAnyOrder("kent", "metropolitan", "essex");
        assertThat(texts(profile.get("sourceSystems"))).containsExactlyInAnyOrder("beacon-rms", "harbour-intel",
                "upload");
        assertThat(texts(profile.get("names"))).contains("Jon " + spoken);
        assertThat(texts(profile.get("datesOfBirth"))).contains("03/04/1985", "04/03/1985");
        profile.get("records").forEach(r -> assertThat(r.get("joinedBy").isNull()).isFalse());
    }

    @Test
    @Order(2)
    void aJoinIsExplainedFieldByField() {
        JsonNode why = api.get("/api/identities/explain?a=" + encode(kent) + "&b=" + encode(met)).body();

        assertThat(why.get("decision").asString()).isEqualTo("JOINED");
        Map<String, String> levels = new java.util.HashMap<>();
        why.get("fields").forEach(f -> levels.put(f.get("field").asString(), f.get("level").asString()));
        assertThat(levels).containsEntry("FORENAME", "familiar form or other forename")
                .containsEntry("BIRTH", "day and month swapped");
        assertThat(why.get("probability").asDouble()).isGreaterThan(0.99);
    }

    @Test
    @Order(3)
    void theIdentityOpensOnALinkChartJoinedToEachForcesPerson() {
        String identity = api.get("/api/records/" + encode(kent) + "/identity").body().get(0).get("identity").asString();
        List<org.crossforce.shared.Grant> grants = java.util.stream.Stream.of("kent", "metropolitan", "essex")
                .map(f -> new org.crossforce.shared.Grant(ForceCode.of(f), Marking.SECRET, true)).toList();
        org.crossforce.shared.Caller analyst = new org.crossforce.shared.Caller("chart-analyst", Set.of(Roles.ANALYST),
                Set.of(ForceCode.of("kent")), Marking.SECRET, "Investigation: automated test", "test", grants);

        org.crossforce.links.Chart chart = context.getBean(org.crossforce.links.ChartService.class)
                .start(analyst, "identity:" + identity).orElseThrow();

        assertThat(chart.nodes()).extracting(org.crossforce.links.Chart.Node::id)
                .containsExactlyInAnyOrder("identity:" + identity, "person:" + kent, "person:" + met, "person:" + essex);
        assertThat(chart.edges()).hasSize(3).allMatch(e -> e.source().equals("identity:" + identity));

        org.crossforce.links.Chart apart = new org.crossforce.links.Chart(java.util.stream.Stream.of(kent, met, essex)
                .map(k -> new org.crossforce.links.Chart.Node("person:" + k, "person", k, null, null)).toList(), List.of());
        org.crossforce.links.Chart joined = context.getBean(org.crossforce.links.ChartService.class)
                .joinIdentities(analyst, apart);
        assertThat(joined.nodes()).hasSize(4);
        assertThat(joined.edges()).extracting(org.crossforce.links.Chart.Edge::target)
                .containsExactlyInAnyOrder("person:" + kent, "person:" + met, "person:" + essex);
    }

    @Test
    @Order(3)
    void anAnalystOfOneForceSeesOnlyThatForcesRecordOfTheIdentity() {
        String token = TestAccounts.token(context, "test.kent.identities", Set.of(Roles.ANALYST), ForceCode.of("kent"),
                Marking.SECRET);
        Api kentOnly = Api.as(port, token);
        String identity = api.get("/api/records/" + encode(kent) + "/identity").body().get(0).get("identity").asString();

        JsonNode profile = kentOnly.get("/api/identities/" + identity).body();

        assertThat(profile.get("records")).hasSize(1);
        assertThat(profile.get("records").get(0).get("key").asString()).isEqualTo(kent);
        assertThat(profile.toString()).doesNotContain("metropolitan", "essex", spoken);
        assertThat(kentOnly.get("/api/records/" + encode(met) + "/identity").status()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void aNewRecordJoinsItsIdentityAsItArrives(@TempDir Path dir) throws IOException {
        String before = api.get("/api/records/" + encode(kent) + "/identity").body().get(0).get("identity").asString();
        Path more = Files.writeString(dir.resolve("more-" + serial + ".csv"), """
                Occurrence No,Reported,Occurrence Type,Address,Postcode,Latitude,Longitude,Person 1 Name,Person 1 DOB,Person 1 Role,Person 2 Name,Person 2 DOB,Person 2 Role,Vehicle VRM,Vehicle Make,Vehicle Colour,Phone,Narrative,Protective Marking,Handling Code
                BR-ID2-%s,02/11/2025 19:05,Theft from the person,"Station Road, Ashford",TN23 1PP,,,"%s, Jonathan",03/04/1985,SUS,,,,,,,,"Phone snatch.",OFFICIAL,P
                """.formatted(serial, surname.toUpperCase()));
        api.upload("kent", Map.of(), more);
        indexer.flush();
        String fourth = DocumentId.forRecord(ForceCode.of("kent"), "beacon-rms", "BR-ID2-" + serial).value() + "#0";

        assertThat(identities.resolveNew()).isPositive();

        assertThat(api.get("/api/records/" + encode(fourth) + "/identity").body().get(0).get("identity").asString())
                .isEqualTo(before);
    }

    @Test
    @Order(5)
    void aRejectedMatchAndASplitHoldAfterAFullRerun() {
        JsonNode rejected = api.post("/api/identities/judgements", "application/json",
                "{\"a\":\"" + essex + "\",\"b\":\"" + kent + "\",\"same\":false,\"reason\":\"different man\"}",
                "application/json").body();
        assertThat(texts(rejected.get("moved"))).isNotEmpty();
        String identity = api.get("/api/records/" + encode(kent) + "/identity").body().get(0).get("identity").asString();
        JsonNode split = api.post("/api/identities/" + identity + "/split", "application/json",
                "{\"record\":\"" + met + "\",\"reason\":\"intelligence log is a namesake\"}", "application/json").body();
        assertThat(texts(split.get("moved"))).contains(met);

        identities.resolveAll(stage -> { });

        String kentIdentity = identity(kent);
        assertThat(identity(essex)).isNotEqualTo(kentIdentity);
        assertThat(identity(met)).isNotEqualTo(kentIdentity);
        JsonNode why = api.get("/api/identities/explain?a=" + encode(kent) + "&b=" + encode(essex)).body();
        assertThat(why.get("decision").asString()).isEqualTo("REJECTED");
        JsonNode profile = api.get("/api/identities/" + kentIdentity).body();
        assertThat(profile.get("judgements").toString()).contains("different man");
    }

    @Test
    @Order(6)
    void aLaterSameOverrulesAnEarlierRejectionAndAMergeJoinsTwoIdentities() {
        JsonNode again = api.post("/api/identities/judgements", "application/json",
                "{\"a\":\"" + essex + "\",\"b\":\"" + kent + "\",\"same\":true,\"reason\":\"checked again\"}",
                "application/json").body();
        assertThat(texts(again.get("moved"))).isNotEmpty();
        assertThat(identity(essex)).isEqualTo(identity(kent));

        api.post("/api/identities/" + identity(kent) + "/merge", "application/json",
                "{\"with\":\"" + identity(met) + "\",\"reason\":\"one man after all\"}", "application/json");
        identities.resolveAll(stage -> { });

        assertThat(identity(met)).isEqualTo(identity(kent));
        assertThat(identity(essex)).isEqualTo(identity(kent));
    }

    @Test
    @Order(6)
    void theExportListsEachRecordOfASystemWithItsIdentity() {
        Api.Download csv = api.download("/api/identities/export?source_system=harbour-intel");

        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("source_system,source_key,identity_id");
        assertThat(text).contains("harbour-intel,HI-ID-" + serial + "," + identity(met));
        assertThat(text).doesNotContain("beacon-rms");
    }

    @Test
    @Order(7)
    void theIdentitiesCommandAsksARunningCrossforce() {
        String url = "http://localhost:" + port;
        String token = TestAccounts.readerEverywhere(context);

        org.crossforce.support.Commands.Run of = org.crossforce.support.Commands.run("identities", "--url", url,
                "--token", token, "--purpose", "Investigation: automated test", "of", kent);
        org.crossforce.support.Commands.Run export = org.crossforce.support.Commands.run("identities", "--url", url,
                "--token", token, "--purpose", "Investigation: automated test", "export", "--source-system", "beacon-rms");
        org.crossforce.support.Commands.Run refused = org.crossforce.support.Commands.run("identities", "--url", url,
                "of", kent);

        assertThat(of.exitCode()).isZero();
        assertThat(of.output()).contains(identity(kent), "\"records\"");
        assertThat(export.exitCode()).isZero();
        assertThat(export.output()).startsWith("source_system,source_key,identity_id")
                .contains("beacon-rms,BR-ID-" + serial + "," + identity(kent));
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.output()).contains("Crossforce answered 401");
    }

    private String identity(String key) {
        return api.get("/api/records/" + encode(key) + "/identity").body().get(0).get("identity").asString();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }
}
