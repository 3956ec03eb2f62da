package org.crossforce.links;

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

import org.crossforce.indexing.DocumentIndexer;
import org.crossforce.ingestion.Reextraction;
import org.crossforce.shared.Caller;
import org.crossforce.shared.DocumentId;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Grant;
import org.crossforce.shared.Marking;
import org.crossforce.support.Api;
import org.crossforce.support.CrossforceIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A Kent record names a suspect and her phone; an Essex intelligence report gives the same phone
 * in international form beside a plate; a second Essex document writes the plate with a space.
 * Over REST, on the real Elasticsearch: the phone is one entity held by both forces, its profile
 * lists both, and the path from the suspect to the plate runs through the phone.
 */
@CrossforceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkedEntitiesIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    EntityService entities;

    @Autowired
    DocumentIndexer indexer;

    @Autowired
    Reextraction reextraction;

    private Api api;
    // Values of this run only, so that other tests' records do not change the counts.
    private final Random random = new Random();
    // Leeds's drama range: the generated corpus and the demo set use the mobile one.
    private final String serial = String.format("%03d", random.nextInt(1000));
    private final String plate = letters(2) + (10 + random.nextInt(80)) + letters(3);
    private final String phone = "+441134960" + serial;
    private final String surname = "WRENLOCK" + letters(3);
    private String record;
    private String report;

    @BeforeAll
    void ingest(@TempDir Path dir) throws IOException {
        api = new Api(port, context);
        Path export = Files.writeString(dir.resolve("occurrences-" + serial + ".csv"), """
                Occurrence No,Reported,Occurrence Type,Address,Postcode,Latitude,Longitude,Person 1 Name,Person 1 DOB,Person 1 Role,Person 2 Name,Person 2 DOB,Person 2 Role,Vehicle VRM,Vehicle Make,Vehicle Colour,Phone,Narrative,Protective Marking,Handling Code
                BR-2025-%s,14/10/2025 09:30,Burglary - dwelling,"12 Dalby Square, Margate",CT9 2ER,51.3889,1.3935,"%s, Ottilie",14/03/1994,SUS,,,,,,,0113 496 0%s,"Rear door forced; laptop taken.",OFFICIAL,P
                """.formatted(serial, surname, serial));
        assertThat(api.upload("kent", Map.of(), export).body().get(0).get("status").asString()).isEqualTo("INDEXED");
        record = DocumentId.forRecord(ForceCode.of("kent"), "beacon-rms", "BR-2025-" + serial).value();
        Path intelligence = Files.writeString(dir.resolve("intel-" + serial + ".txt"), """
                Intelligence report. The grey Audi %s was seen outside the Harbour Arm at 23:10 on 15/10/2025.
                The driver gave his number as +44 (0)113 496 0%s when stopped.
                """.formatted(plate.toLowerCase(), serial));
        report = api.upload("essex", Map.of(), intelligence).body().get(0).get("id").asString();
        Path sighting = Files.writeString(dir.resolve("sighting-" + serial + ".txt"),
                "ANPR sighting: %s %s on the A13 at Basildon.".formatted(plate.substring(0, 4), plate.substring(4)));
        api.upload("essex", Map.of(), sighting);
    }

    @Test
    void aPhoneWrittenTwoWaysInTwoForcesIsOneEntity() {
        JsonNode found = api.get("/api/entities?q=" + encode("0113 496 0" + serial)).body();

        JsonNode hit = found.get("entities").get(0);
        assertThat(hit.get("id").asString()).isEqualTo("phone:" + phone);
        assertThat(hit.get("records").asLong()).isEqualTo(1);
        assertThat(hit.get("documents").asLong()).isEqualTo(1);
        assertThat(hit.get("forces").get("kent").asLong()).isEqualTo(1);
        assertThat(hit.get("forces").get("essex").asLong()).isEqualTo(1);
    }

    @Test
    void thePhonesProfileListsBothForcesRecordsAndWhatAppearsWithIt() {
        JsonNode profile = api.get("/api/entities/" + encode("phone:" + phone)).body();

        List<String> documents = new ArrayList<>();
        profile.get("mentions").forEach(m -> documents.add(m.get("document").asString()));
        assertThat(documents).containsExactlyInAnyOrder(record, report);
        assertThat(text(profile.get("spellings"))).contains("0113 496 0" + serial, "+44 (0)113 496 0" + serial);
        assertThat(profile.get("mentions").toString()).contains("<em>");
        List<String> neighbours = new ArrayList<>();
        profile.get("neighbours").forEach(n -> neighbours.add(n.get("id").asString()));
        assertThat(neighbours).contains("vrm:" + plate, "postcode:CT9 2ER");
        assertThat(neighbours).anyMatch(id -> id.startsWith("person:" + record + "#"));
    }

    @Test
    void aPlateWrittenWithASpaceFindsItsEntityAndEverySpelling() {
        String spaced = plate.substring(0, 4) + " " + plate.substring(4);
        JsonNode found = api.get("/api/entities?q=" + encode(spaced)).body();

        assertThat(found.get("entities").get(0).get("id").asString()).isEqualTo("vrm:" + plate);
        assertThat(found.get("entities").get(0).get("documents").asLong()).isEqualTo(2);
        JsonNode profile = api.get("/api/entities/" + encode("vrm:" + plate)).body();
        assertThat(text(profile.get("spellings"))).contains(plate.toLowerCase(), spaced);
    }

    @Test
    void thePathFromTheSuspectToThePlateRunsThroughHerPhone() {
        String person = personOf(record);

        JsonNode path = api.get("/api/paths?from=" + encode(person) + "&to=" + encode("vrm:" + plate) + "&maxHops=4")
                .body();

        List<String> nodes = new ArrayList<>();
        path.get("nodes").forEach(n -> nodes.add(n.get("id").asString()));
        assertThat(nodes).containsExactly(person, "phone:" + phone, "vrm:" + plate);
        assertThat(path.get("nodes").get(0).get("label").asString()).containsIgnoringCase(surname);
        assertThat(path.get("edges")).hasSize(2);
    }

    @Test
    void aDocumentsEntitiesCarryOffsetsIntoItsText() {
        String text = api.get("/api/documents/" + report).body().get("text").asString();
        JsonNode mentions = api.get("/api/documents/" + report + "/entities").body();

        assertThat(mentions.size()).isGreaterThanOrEqualTo(2);
        for (JsonNode mention : mentions) {
            assertThat(text.substring(mention.get("start").asInt(), mention.get("end").asInt()))
                    .isEqualTo(mention.get("text").asString());
        }
        assertThat(mentions.toString()).contains("\"value\":\"" + phone + "\"", "\"value\":\"" + plate + "\"");
    }

    @Test
    void aNameFindsTheRecordsThatNameSomeoneSoWithoutMakingThemOnePerson() {
        JsonNode found = api.get("/api/entities?q=" + encode("Ottilie " + surname.toLowerCase()) + "&type=person").body();

        JsonNode hit = found.get("entities").get(0);
        assertThat(hit.get("id").asString()).isEqualTo("name:ottilie " + surname.toLowerCase());
        assertThat(hit.get("records").asLong()).isEqualTo(1);
    }

    @Test
    void aPersonNamedInTwoForcesNarrativesIsOnePersonInEachAndFoundByName(@TempDir Path dir) throws IOException {
        String named = "OKAFOR" + letters(4);
        String kent = api.upload("kent", Map.of(), Files.writeString(dir.resolve("statement-" + serial + ".txt"), """
                Statement taken by DC Ruth Penhallow. I saw Chidi %s outside the shop at 22:00.
                %s then got into a car and drove off.
                """.formatted(named, named))).body().get(0).get("id").asString();
        api.upload("essex", Map.of(), Files.writeString(dir.resolve("log-" + serial + ".txt"),
                "Intelligence log: Chidi %s is reported to be selling cannabis from his flat.".formatted(
                        named.charAt(0) + named.substring(1).toLowerCase())));

        List<String> chidi = new ArrayList<>();
        for (JsonNode mention : api.get("/api/documents/" + kent + "/entities").body()) {
            if (mention.get("text").asString().contains(named)) {
                chidi.add(mention.get("id").asString());
            }
        }
        assertThat(chidi).hasSize(2).allMatch(id -> id.equals(chidi.getFirst()) && id.startsWith("person:" + kent + "#"));

        JsonNode hit = api.get("/api/entities?q=" + encode("chidi " + named.toLowerCase()) + "&type=person").body()
                .get("entities").get(0);
        assertThat(hit.get("id").asString()).isEqualTo("name:chidi " + named.toLowerCase());
        assertThat(hit.get("documents").asLong()).isEqualTo(2);
        assertThat(hit.get("forces").get("kent").asLong()).isEqualTo(1);
        assertThat(hit.get("forces").get("essex").asLong()).isEqualTo(1);
    }

    @Test
    void aRecordIsAnEventAtItsAddressAndANarrativeGivingThatAddressLinksToIt(@TempDir Path dir) throws IOException {
        String address = "address:12 dalby square, CT9 2ER";
        api.upload("essex", Map.of(), Files.writeString(dir.resolve("house-to-house-" + serial + ".txt"),
                "House-to-house: the occupant of 12 Dalby Square, Margate CT9 2ER heard shouting at 02:00."));

        JsonNode mentions = api.get("/api/documents/" + record + "/entities").body();
        assertThat(mentions.toString()).contains("\"id\":\"" + address + "\"", "\"id\":\"event:" + record + "\"");
        JsonNode event = api.get("/api/entities/" + encode("event:" + record)).body();
        assertThat(text(event.get("spellings"))).anyMatch(label -> label.startsWith("Burglary - dwelling")
                && label.contains("12 Dalby Square"));
        JsonNode place = api.get("/api/entities/" + encode(address)).body();
        List<String> neighbours = new ArrayList<>();
        place.get("neighbours").forEach(n -> neighbours.add(n.get("id").asString()));
        assertThat(neighbours).contains("event:" + record, "postcode:CT9 2ER");
        JsonNode hit = api.get("/api/entities?q=" + encode("12 Dalby Square, CT9 2ER")).body().get("entities").get(0);
        assertThat(hit.get("id").asString()).isEqualTo(address);
        // Other tests' fixtures name the same address: at least this record and this narrative.
        assertThat(hit.get("forces").get("kent").asLong()).isPositive();
        assertThat(hit.get("forces").get("essex").asLong()).isPositive();
    }

    @Test
    void oneNightWrittenTwoWaysInTwoForcesIsOneDateAndARecordPlacesTheDaysItsNarrativeNames(@TempDir Path dir)
            throws IOException {
        // A year no other test's fixture names, so that the counts are this test's own.
        int year = 2040 + random.nextInt(50);
        String day = year + "-02-03";
        String kent = api.upload("kent", Map.of(), Files.writeString(dir.resolve("statement-" + serial + ".txt"),
                "On Friday 3rd February " + year + " at about 22:15 I saw two men fighting outside the Lord Nelson."))
                .body().get(0).get("id").asString();
        String essex = api.upload("essex", Map.of(), Files.writeString(dir.resolve("cad-" + serial + ".txt"),
                "CAD 0412 03/02/" + year + " 23:40 caller reports a male with a head wound at the bus station."))
                .body().get(0).get("id").asString();

        JsonNode hit = api.get("/api/entities?q=" + encode("3 Feb " + year) + "&type=date").body().get("entities").get(0);
        assertThat(hit.get("id").asString()).isEqualTo("date:" + day);
        assertThat(hit.get("documents").asLong()).isEqualTo(2);
        assertThat(hit.get("forces").get("kent").asLong()).isEqualTo(1);
        assertThat(hit.get("forces").get("essex").asLong()).isEqualTo(1);
        assertThat(api.get("/api/documents/" + kent + "/entities").body().toString())
                .contains("\"text\":\"Friday 3rd February " + year + " at about 22:15\"", "\"value\":\"" + day + "T22:15\"");
        assertThat(api.get("/api/documents/" + essex + "/entities").body().toString())
                .contains("\"value\":\"" + day + "T23:40\"");

        Path export = Files.writeString(dir.resolve("occurrences-days-" + serial + ".csv"), """
                Occurrence No,Reported,Occurrence Type,Address,Postcode,Latitude,Longitude,Person 1 Name,Person 1 DOB,Person 1 Role,Person 2 Name,Person 2 DOB,Person 2 Role,Vehicle VRM,Vehicle Make,Vehicle Colour,Phone,Narrative,Protective Marking,Handling Code
                BR-2025-D%s,14/10/2025 09:30,Burglary - dwelling,,,,,,,,,,,,,,,"Neighbour saw a man at the door at 23:30 on Sunday.",OFFICIAL,P
                """.formatted(serial));
        assertThat(api.upload("kent", Map.of(), export).body().get(0).toString()).contains("INDEXED");
        String narrated = DocumentId.forRecord(ForceCode.of("kent"), "beacon-rms", "BR-2025-D" + serial).value();
        // Tuesday 14 October 2025's "Sunday" is the 12th.
        assertThat(api.get("/api/documents/" + narrated + "/entities").body().toString())
                .contains("\"id\":\"date:2025-10-12\"", "\"text\":\"23:30 on Sunday\"");
        // Everything that happened that Sunday shares the day: the chart follows it only when asked.
        String event = encode("event:" + narrated);
        assertThat(api.get("/api/entities/" + event + "/neighbours").body().toString()).doesNotContain("date:");
        assertThat(api.get("/api/entities/" + event + "/neighbours?type=date").body().get(0).get("id").asString())
                .isEqualTo("date:2025-10-12");
    }

    @Test
    void aBatchGivesOneRowPerLineAndACsv() {
        String lines = String.join("\n", plate, "0113-496-0" + serial, "nobody we know", "2001/12345J");

        JsonNode rows = api.post("/api/entities/batch", "text/plain", lines, "application/json").body();

        assertThat(rows.size()).isEqualTo(4);
        assertThat(rows.get(0).get("matches").get(0).get("id").asString()).isEqualTo("vrm:" + plate);
        assertThat(rows.get(1).get("matches").get(0).get("forces").size()).isEqualTo(2);
        assertThat(rows.get(2).get("matches").size()).isZero();
        assertThat(rows.get(3).get("matches").size()).isZero();
        String csv = api.post("/api/entities/batch", "text/plain", lines, "text/csv").body().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("line,query,entity,type,value,records,documents,forces");
        assertThat(csv).contains("'" + phone);
    }

    @Test
    void aForceOutOfReachIsNeitherShownNorCounted() {
        Caller essexOnly = new Caller("essex-analyst", Set.of("analyst"), Set.of(ForceCode.of("essex")),
                Marking.SECRET, "Investigation: automated test", "test", List.of(new Grant(ForceCode.of("essex"),
                        Marking.SECRET, true)));

        EntityHit hit = entities.search(essexOnly, new EntityQuery(phone, Set.of(), Set.of())).entities().getFirst();

        assertThat(hit.forces()).containsOnlyKeys("essex");
        assertThat(hit.records()).isZero();
        assertThat(entities.profile(essexOnly, personOf(record))).isEmpty();
        assertThat(entities.profile(essexOnly, "phone:" + phone).orElseThrow().neighbours())
                .noneMatch(n -> n.type().equals("person") || n.type().equals("event")
                        || n.id().equals("postcode:CT9 2ER"));
    }

    @Test
    void entitiesLostFromTheIndexAreFoundAgainByReextraction() {
        indexer.updateEntities(ForceCode.of("essex"), report, null).join();
        indexer.flush();
        indexer.refresh(Set.of(ForceCode.of("essex")));
        assertThat(api.get("/api/documents/" + report + "/entities").body().size()).isZero();

        Reextraction.Outcome outcome = reextraction.run(done -> { });
        indexer.refresh(Set.of(ForceCode.of("essex"), ForceCode.of("kent")));

        assertThat(outcome.failed()).isZero();
        assertThat(outcome.updated()).isGreaterThanOrEqualTo(3);
        assertThat(api.get("/api/documents/" + report + "/entities").body().toString())
                .contains("\"value\":\"" + phone + "\"", "\"value\":\"" + plate + "\"");
        assertThat(api.get("/api/entities?q=" + encode(phone)).body().get("entities").get(0).get("documents").asLong())
                .isEqualTo(1);
    }

    private String personOf(String document) {
        for (JsonNode mention : api.get("/api/documents/" + document + "/entities").body()) {
            if ("person".equals(mention.get("type").asString())) {
                return mention.get("id").asString();
            }
        }
        throw new AssertionError("No person in " + document);
    }

    private String letters(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append("ABCDEFGHJKLMNPRSTUVWXY".charAt(random.nextInt(22)));
        }
        return out.toString();
    }

    private static List<String> text(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
