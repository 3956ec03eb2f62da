package org.crossforce.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.apache.commons.csv.CSVFormat;
import org.crossforce.indexing.DocumentIndexer;
import org.crossforce.ingestion.IngestOutcome;
import org.crossforce.ingestion.IngestStatus;
import org.crossforce.search.SearchQuery;
import org.crossforce.search.SearchResults;
import org.crossforce.search.SearchService;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Grant;
import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;
import org.crossforce.support.CrossforceIntegrationTest;
import org.crossforce.support.TestIndices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

/** The demo set as a first start loads it: the documents, and the crime the hotspot dashboard shows. */
@CrossforceIntegrationTest
@TestPropertySource(properties = "crossforce.demo.crime=true")
class DemoSetIntegrationTest {

    private static final ForceCode CITY = ForceCode.of("city-of-london");
    private static final ForceCode KENT = ForceCode.of("kent");
    private static final ForceCode MET = ForceCode.of("metropolitan");

    @Autowired
    DemoSetLoader loader;

    @Autowired
    SearchService search;

    @Autowired
    CurrentCaller caller;

    /** An analyst who reads every demo force. */
    private static final Caller READER = new Caller("demo.reader", Set.of(Roles.ANALYST), Set.of(), Marking.SECRET,
            "Investigation: demo set", "test", Stream.of("kent", "metropolitan", "city-of-london", "btp")
                    .map(f -> new Grant(ForceCode.of(f), Marking.SECRET, true)).toList());

    @Autowired
    ElasticsearchClient client;

    @Autowired
    DocumentIndexer indexer;

    @Autowired
    DemoCrime crime;

    @Test
    void theDemoSetLoadsWholeAndAQueryFindsHighlightedHitsFromSeveralForces() throws IOException {
        TestIndices.deleteAll(client);

        List<IngestOutcome> outcomes = loader.load();
        assertThat(caller.get().user()).as("the demo set is sent by the local operator").isEqualTo("local-operator");

        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(30)
                .allSatisfy(o -> assertThat(o.status()).as(o.name() + ": " + o.reason()).isEqualTo(IngestStatus.INDEXED));
        Set<String> formats = outcomes.stream().map(o -> o.name().substring(o.name().lastIndexOf('.') + 1))
                .collect(Collectors.toSet());
        assertThat(formats).contains("pdf", "docx", "eml", "html", "txt");

        SearchResults smyth = search.search(READER, SearchQuery.of("smyth"));
        assertThat(smyth.facets().force().keySet()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(smyth.hits()).allSatisfy(h -> assertThat(String.join(" ", h.highlights())).containsIgnoringCase("<em>smyth"));

        SearchResults county = search.search(READER, SearchQuery.of("\"county lines\""));
        assertThat(county.total()).isPositive();

        // The crime: 57 real months of the City, 24 generated months each of Kent and the Met.
        assertThat(outcomes.stream().filter(o -> o.name().endsWith("-street.csv"))).hasSize(57 + 24 + 24);
        assertThat(indexer.recordIds(CITY, "police-uk-street", "2020-04")).hasSize(dataRows(
                "demo/crime/city-of-london/2020-04-city-of-london-street.csv"));
        assertThat(indexer.recordIds(KENT, "police-uk-street", "2020-11"))
                .hasSize(crime.generate(KENT).get(YearMonth.of(2020, 11)).size());
        assertThat(indexer.recordIds(MET, "police-uk-street", "2019-07"))
                .hasSize(crime.generate(MET).get(YearMonth.of(2019, 7)).size());
        // Hundreds of burglaries in each force's crime, where its documents mention a few.
        var burglaries = search.search(READER, SearchQuery.of("burglary")).facets().force();
        Stream.of("city-of-london", "kent", "metropolitan")
                .forEach(force -> assertThat(burglaries.get(force)).as(force).isGreaterThan(500));

        assertThat(loader.load()).allSatisfy(o -> assertThat(o.status()).isEqualTo(IngestStatus.DUPLICATE));
    }

    /** The demo's crime is 80,000 records: later test classes should not search through them. */
    @AfterEach
    void removeTheDemoSet() throws IOException {
        TestIndices.deleteAll(client);
    }

    /** Counted as a CSV reader counts them, not as the loader does. */
    private static int dataRows(String resource) throws IOException {
        try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords().size();
        }
    }
}
