package org.crossforce.search;

import org.springframework.context.ApplicationContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.crossforce.shared.Caller;
import org.crossforce.shared.DocumentId;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Grant;
import org.crossforce.shared.Handling;
import org.crossforce.shared.Marking;
import org.crossforce.support.Api;
import org.crossforce.support.CrossforceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The access matrix at the service level, generated: records for every force x marking x
 * handling code, callers for every home force x clearance x set of sharing grants, and for each
 * caller the search hits, the total, the force facet and every document lookup must be exactly
 * what {@link Caller#mayRead} allows.
 */
@CrossforceIntegrationTest
class AccessMatrixIntegrationTest {

    @Autowired
    ApplicationContext context;

    private static final List<ForceCode> FORCES = List.of(ForceCode.of("kent"), ForceCode.of("essex"),
            ForceCode.of("btp"));

    @LocalServerPort
    int port;

    @Autowired
    SearchService search;

    record Labelled(String id, ForceCode force, Marking marking, Handling handling) {
    }

    @Test
    void everyCallerFindsExactlyTheRecordsTheRuleAllowsCountsAndLookupsIncluded(@TempDir Path dir) throws IOException {
        Api api = new Api(port, context);
        String token = "matrix" + Long.toString(System.nanoTime(), 36);
        List<Labelled> records = new ArrayList<>();
        for (ForceCode force : FORCES) {
            for (Marking marking : Marking.values()) {
                for (Handling handling : Handling.values()) {
                    Path file = Files.writeString(dir.resolve(force.value() + marking + handling + ".txt"),
                            "Record " + token + " of " + force.value() + " " + marking + " " + handling);
                    String id = api.upload(force.value(), Map.of("marking", marking.label(), "handling", handling.name()),
                            file).body().get(0).get("id").asString();
                    records.add(new Labelled(id, force, marking, handling));
                }
            }
        }

        List<Caller> callers = callers();
        int checks = 0;
        for (Caller caller : callers) {
            Set<String> allowed = records.stream().filter(r -> caller.mayRead(r.force(), r.marking(), r.handling()))
                    .map(Labelled::id).collect(Collectors.toSet());
            SearchResults results = search.search(caller, new SearchQuery(token, Set.of(), null, null, 0, 100, null));
            assertThat(results.hits()).extracting(SearchHit::id).as(describe(caller)).containsExactlyInAnyOrderElementsOf(allowed);
            assertThat(results.total()).as(describe(caller)).isEqualTo(allowed.size());
            Map<String, Long> expectedFacet = new HashMap<>();
            records.stream().filter(r -> allowed.contains(r.id()))
                    .forEach(r -> expectedFacet.merge(r.force().value(), 1L, Long::sum));
            assertThat(results.facets().force()).as(describe(caller)).isEqualTo(expectedFacet);
            for (Labelled record : records) {
                assertThat(search.document(caller, new DocumentId(record.id())).isPresent())
                        .as(describe(caller) + " opening " + record).isEqualTo(allowed.contains(record.id()));
                checks++;
            }
        }
        System.out.printf("Access matrix: %d callers x %d records = %d document checks, %d searches: all as the rule "
                + "allows%n", callers.size(), records.size(), checks, callers.size());
    }

    /** Every home force and clearance, alone and with each kind of grant from another force. */
    private static List<Caller> callers() {
        List<Caller> callers = new ArrayList<>();
        for (ForceCode home : FORCES) {
            ForceCode other = FORCES.get((FORCES.indexOf(home) + 1) % FORCES.size());
            for (Marking clearance : Marking.values()) {
                Grant own = new Grant(home, clearance, true);
                List<List<Grant>> variants = List.of(
                        List.of(own),
                        List.of(own, new Grant(other, Marking.OFFICIAL, false)),
                        List.of(own, new Grant(other, Marking.SECRET, true)),
                        List.of());
                for (List<Grant> grants : variants) {
                    callers.add(new Caller(home.value() + "-" + clearance + "-" + grants.size(), Set.of("analyst"),
                            Set.of(home), clearance, "access matrix", "test", grants));
                }
            }
        }
        return callers;
    }

    private static String describe(Caller caller) {
        return caller.user() + " " + caller.grants();
    }
}
