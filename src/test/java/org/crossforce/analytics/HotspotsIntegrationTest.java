package org.crossforce.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crossforce.elasticsearch.ReportIndices;
import org.crossforce.geography.GridCell;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;
import org.crossforce.support.Api;
import org.crossforce.support.CrossforceIntegrationTest;
import org.crossforce.support.TestAccounts;
import org.crossforce.support.TestIndices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The hotspot dashboard's answers on City of London Police's own published crime, through the
 * real pipeline and a real Elasticsearch: every figure is checked against the CSV it came from.
 */
@CrossforceIntegrationTest
class HotspotsIntegrationTest {

    private static final Path STREET = Path.of("src/test/resources/exports/police-uk/street");
    private static final Path APRIL_2020 = STREET.resolve("2020-04-city-of-london-street.csv");
    private static final Path FEBRUARY_2017 = STREET.resolve("2017-02-city-of-london-street.csv");
    private static final String CITY = "force=city-of-london";

    @Autowired
    ApplicationContext context;

    @Autowired
    ElasticsearchClient client;

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void load() throws IOException {
        api = new Api(port, context);
        TestIndices.deleteAll(client);
        Api.Response response = api.upload("city-of-london", Map.of(), APRIL_2020, FEBRUARY_2017);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        response.body().forEach(outcome -> assertThat(outcome.get("status").asString()).isIn("INDEXED", "UPDATED"));
        client.indices().refresh(r -> r.index(ReportIndices.ALIAS));
    }

    @Test
    void theBurglaryCountOfAMonthIsTheCsvsAndItsChangeIsJudgedByThePoissonTest() throws IOException {
        long burglaries = rows(APRIL_2020).stream().filter(r -> r.get("Crime type").equals("Burglary")).count();
        assertThat(burglaries).isPositive();

        JsonNode summary = get("/api/stats/summary?" + CITY + "&type=Burglary&from=2020-04&to=2020-04");

        assertThat(summary.get("count").asLong()).isEqualTo(burglaries);
        // March 2020 was never delivered: no baseline, so no change to flag.
        assertThat(summary.get("previousPeriod").get("comparable").asBoolean()).isFalse();
        assertThat(summary.get("previousPeriod").get("significant").asBoolean()).isFalse();
    }

    @Test
    void theMonthsBetweenDeliveriesAreGapsNotNoughts() throws IOException {
        JsonNode series = get("/api/stats/timeseries?" + CITY + "&from=2017-01&to=2017-03");

        assertThat(series.get("months")).extracting(JsonNode::asString).containsExactly("2017-01", "2017-02", "2017-03");
        assertThat(series.get("total").get(0).isNull()).isTrue();
        assertThat(series.get("total").get(1).asLong()).isEqualTo(rows(FEBRUARY_2017).size());
        assertThat(series.get("total").get(2).isNull()).isTrue();
        JsonNode asb = series.get("series").get(0);
        assertThat(asb.get("type").asString()).isEqualTo("Anti-social behaviour");
        assertThat(asb.get("counts").get(1).asLong()).isEqualTo(rows(FEBRUARY_2017).stream()
                .filter(r -> r.get("Crime type").equals("Anti-social behaviour")).count());
    }

    @Test
    void aCellsDrillDownListsExactlyTheCrimesInsideIt() throws IOException {
        JsonNode layer = get("/api/hotspots?method=count&cell=250&" + CITY + "&from=2020-04&to=2020-04");
        assertThat(layer.get("type").asString()).isEqualTo("FeatureCollection");
        JsonNode busiest = layer.get("features").get(0);
        String cell = busiest.get("properties").get("cell").asString();
        assertThat(busiest.get("geometry").get("type").asString()).isEqualTo("Polygon");

        List<CSVRecord> inside = rows(APRIL_2020).stream().filter(r -> !r.get("Latitude").isEmpty())
                .filter(r -> GridCell.of(Double.parseDouble(r.get("Latitude")), Double.parseDouble(r.get("Longitude")), 250)
                        .id().equals(cell))
                .toList();
        JsonNode crimes = get("/api/hotspots/crimes?cell=" + cell + "&size=1000&" + CITY + "&from=2020-04&to=2020-04");

        assertThat(busiest.get("properties").get("count").asLong()).isEqualTo(inside.size());
        assertThat(crimes.get("total").asLong()).isEqualTo(inside.size());
        List<String> listed = new ArrayList<>();
        crimes.get("crimes").forEach(c -> listed.add(c.get("type").asString() + " " + c.get("location").asString()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(
                inside.stream().map(r -> r.get("Crime type") + " " + r.get("Location")).toList());
        String first = crimes.get("crimes").get(0).get("id").asString();
        assertThat(api.get("/api/documents/" + first).body().get("kind").asString()).isEqualTo("record");
    }

    @Test
    void giStarFindsTheCitysHotspotsAmongItsQuietCells() throws IOException {
        JsonNode layer = get("/api/hotspots?method=gi&cell=100&" + CITY + "&from=2017-01&to=2020-12");

        // The City's territory, empty cells included, is the study area: 2.9 km² is about 290 cells of 100 m.
        assertThat(layer.get("study_cells").asInt()).isBetween(250, 330);
        List<Integer> classes = new ArrayList<>();
        layer.get("features").forEach(f -> classes.add(f.get("properties").get("confidence").asInt()));
        assertThat(classes).as(layer.get("features").toString().substring(0, 2000)).anyMatch(c -> c >= 90);
        JsonNode hottest = layer.get("features").get(0).get("properties");
        assertThat(hottest.get("z").asDouble()).isGreaterThan(1.96);
        assertThat(hottest.get("p").asDouble()).isLessThan(0.05);
    }

    @Test
    void hotspotAccuracyIsAnsweredPerMethodAndSaysNothingWhereAMonthHadNoCrimes() {
        JsonNode table = get("/api/hotspots/accuracy?force=city-of-london&month=2020-04&train=3&cell=250");

        assertThat(table.get("force").asString()).isEqualTo("city-of-london");
        assertThat(table.get("crimes").asLong()).isPositive();
        assertThat(table.get("methods")).extracting(m -> m.get("method").asString()).containsExactly("count", "kde", "gi");
        // January to March 2020 were never delivered: nothing learnt, so no hotspot caught anything.
        assertThat(table.get("learnt").asLong()).isZero();
        assertThat(table.get("methods").get(0).get("pai1").asDouble()).isZero();

        JsonNode empty = get("/api/hotspots/accuracy?force=city-of-london&month=2019-04&train=3&cell=250");
        assertThat(empty.get("crimes").asLong()).isZero();
        assertThat(empty.get("methods").get(0).get("pai1").isNull()).isTrue();
    }

    @Test
    void aReaderOfAnotherForceCountsNoneOfTheCitysCrimes() throws IOException {
        String token = TestAccounts.token(context, "test.kent.analyst", Set.of(Roles.ANALYST), ForceCode.of("kent"),
                Marking.SECRET);
        Api kent = Api.as(port, token);

        JsonNode summary = kent.get("/api/stats/summary?from=2020-04&to=2020-04").body();
        JsonNode layer = kent.get("/api/hotspots?method=count&from=2020-04&to=2020-04").body();

        assertThat(summary.get("count").asLong()).isZero();
        assertThat(layer.get("features")).isEmpty();
    }

    @Test
    void theSelectionsCrimesAndItsHotspotLayerExportAsFiles() throws IOException {
        long burglaries = rows(APRIL_2020).stream().filter(r -> r.get("Crime type").equals("Burglary")).count();
        String selection = CITY + "&type=Burglary&from=2020-04&to=2020-04";

        Api.Download csv = api.download("/api/hotspots/crimes/export?format=csv&" + selection);
        Api.Download geoJson = api.download("/api/hotspots/crimes/export?format=geojson&" + selection);
        Api.Download layer = api.download("/api/hotspots?method=gi&cell=250&download=true&" + selection);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentDisposition()).contains("crimes.csv");
        List<String> lines = new String(csv.bytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("id,force,month,type,location,outcome,lsoa,latitude,longitude,source_key");
        assertThat(lines).hasSize((int) burglaries + 1).allMatch(l -> l.startsWith("id,") || l.contains(",Burglary,"));
        assertThat(new String(geoJson.bytes(), StandardCharsets.UTF_8)).startsWith("{\"type\":\"FeatureCollection\"")
                .contains("\"type\":\"Point\"");
        assertThat(layer.contentDisposition()).contains("hotspots-gi-250m-2020-04-2020-04.geojson");
    }

    @Test
    void aWrongParameterIsAnsweredInWords() {
        Api.Response response = api.get("/api/hotspots?method=hexagons");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().toString()).contains("count, kde, gi or emerging");
        assertThat(api.get("/api/hotspots?cell=300").body().toString()).contains("100, 250, 500 or 1000");
    }

    private JsonNode get(String uri) {
        Api.Response response = api.get(uri);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private static List<CSVRecord> rows(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(skipBom(reader))
                    .getRecords();
        }
    }

    private static Reader skipBom(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
