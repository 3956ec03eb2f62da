package org.crossforce.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CrossforceIntegrationTest
class DemoSetIntegrationTest {

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

        assertThat(loader.load()).allSatisfy(o -> assertThat(o.status()).isEqualTo(IngestStatus.DUPLICATE));
    }
}
