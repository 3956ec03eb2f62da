package org.crossforce.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.crossforce.security.SharingAgreements;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Handling;
import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;
import org.crossforce.support.Api;
import org.crossforce.support.CrossforceIntegrationTest;
import org.crossforce.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The access matrix through the REST API, with real accounts, real sharing agreements and their
 * API tokens: every role x home force x clearance, against records of every force x marking x
 * handling code. The expected answer is worked out here from the rule as the issue words it, not
 * from Crossforce's own grant code.
 */
@CrossforceIntegrationTest
class AccessMatrixOverRestIntegrationTest {

    private static final List<ForceCode> FORCES = List.of(ForceCode.of("gwent"), ForceCode.of("south-wales"),
            ForceCode.of("north-yorkshire"));
    private static final String CONDITIONS = "Not to be disseminated beyond the receiving force's analysts.";

    /** Which force shares with which, up to what, for whom, and whether handling code C records too. */
    record Agreement(ForceCode owner, ForceCode recipient, Marking upTo, Set<String> roles, boolean conditional) {
    }

    private static final List<Agreement> AGREEMENTS = List.of(
            new Agreement(FORCES.get(0), FORCES.get(1), Marking.OFFICIAL_SENSITIVE, Set.of(Roles.ANALYST), false),
            new Agreement(FORCES.get(1), FORCES.get(2), Marking.SECRET, Set.of(Roles.ANALYST, Roles.SUPERVISOR), true),
            new Agreement(FORCES.get(2), FORCES.get(0), Marking.OFFICIAL, Set.of(Roles.SUPERVISOR), false));

    record Account(String username, String role, ForceCode home, Marking clearance) {
    }

    record Labelled(String id, ForceCode force, Marking marking, Handling handling) {
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    SharingAgreements agreements;

    @LocalServerPort
    int port;

    @Test
    void everyAccountGetsExactlyWhatTheRuleAllowsThroughEveryDoorOfTheApi(@TempDir Path dir) throws IOException {
        for (Agreement a : AGREEMENTS) {
            boolean present = agreements.sharedWith(a.recipient()).stream().anyMatch(s -> s.owner().equals(a.owner()));
            if (!present) {
                agreements.add(TestAccounts.ADMIN, a.owner(), a.recipient(), a.upTo(), a.roles(), a.conditional(),
                        a.conditional() ? CONDITIONS : "");
            }
        }
        String token = "restmatrix" + Long.toString(System.nanoTime(), 36);
        Api intake = new Api(port, context);
        List<Labelled> records = new ArrayList<>();
        for (ForceCode force : FORCES) {
            for (Marking marking : Marking.values()) {
                for (Handling handling : Handling.values()) {
                    Path file = Files.writeString(dir.resolve(force.value() + marking + handling + ".txt"),
                            "Record " + token + " of " + force.value() + " " + marking + " " + handling
                                    + ", reported by " + token + "@example.org");
                    String id = intake.upload(force.value(), Map.of("marking", marking.label(), "handling",
                            handling.name()), file).body().get(0).get("id").asString();
                    records.add(new Labelled(id, force, marking, handling));
                }
            }
        }

        int requests = 0;
        int accounts = 0;
        for (Account account : accounts()) {
            accounts++;
            Api api = Api.as(port, TestAccounts.token(context, account.username(), Set.of(account.role()),
                    account.home(), account.clearance()));
            boolean reader = Roles.READERS.contains(account.role());
            Set<String> allowed = new java.util.HashSet<>();
            records.stream().filter(r -> reader && allows(account, r)).forEach(r -> allowed.add(r.id()));

            Api.Response search = api.get("/api/search?size=100&q=" + token);
            requests++;
            if (!reader) {
                assertThat(search.status()).as(account + " searching").isEqualTo(403);
            } else {
                assertThat(search.status()).isEqualTo(200);
                List<String> ids = new ArrayList<>();
                search.body().get("hits").forEach(h -> ids.add(h.get("id").asString()));
                assertThat(ids).as(account + " hits").containsExactlyInAnyOrderElementsOf(allowed);
                assertThat(search.body().get("total").asLong()).as(account + " total").isEqualTo(allowed.size());
                Map<String, Long> facets = new TreeMap<>();
                search.body().get("facets").get("force").properties()
                        .forEach(e -> facets.put(e.getKey(), e.getValue().asLong()));
                Map<String, Long> expected = new TreeMap<>();
                records.stream().filter(r -> allowed.contains(r.id()))
                        .forEach(r -> expected.merge(r.force().value(), 1L, Long::sum));
                assertThat(facets).as(account + " facets").isEqualTo(expected);
                search.body().get("hits").forEach(h -> assertThat(conditionsOf(h)).as(account + " conditions of a hit")
                        .isEqualTo(expectedConditions(account, label(records, h.get("id").asString()))));
            }
            requests += entityDoors(api, account, reader, token, records, allowed);
            for (Labelled record : records) {
                int expected = !reader ? 403 : allowed.contains(record.id()) ? 200 : 404;
                Api.Response document = api.get("/api/documents/" + record.id());
                assertThat(document.status()).as(account + " opening " + record).isEqualTo(expected);
                if (expected == 200) {
                    assertThat(conditionsOf(document.body())).as(account + " conditions of " + record)
                            .isEqualTo(expectedConditions(account, record));
                }
                assertThat(api.get("/api/documents/" + record.id() + "/tree").status())
                        .as(account + " tree of " + record).isEqualTo(expected);
                assertThat(api.download("/api/documents/" + record.id() + "/original").status())
                        .as(account + " original of " + record).isEqualTo(expected);
                assertThat(api.get("/api/documents/" + record.id() + "/entities").status())
                        .as(account + " entities of " + record).isEqualTo(expected);
                requests += 4;
            }
        }
        System.out.printf("Access matrix over REST: %d accounts (%d roles x %d forces x 3 clearances) x %d records "
                + "(forces x markings x handling codes), %d agreements: %,d requests (search with total and facets, "
                + "document, tree, original, its entities, entity search, profile, neighbours), all as the rule "
                + "allows%n", accounts, Roles.ALL.size(), FORCES.size(), records.size(),
                AGREEMENTS.size(), requests);
    }

    /**
     * The email every record gives, as an entity: found, counted and profiled only in the records
     * the account may read; an account that may read none of them is told it does not exist.
     */
    private static int entityDoors(Api api, Account account, boolean reader, String token, List<Labelled> records,
            Set<String> allowed) {
        String email = "email:" + token + "@example.org";
        Api.Response search = api.get("/api/entities?q=" + token + "%40example.org");
        Api.Response profile = api.get("/api/entities/" + email);
        Api.Response neighbours = api.get("/api/entities/" + email + "/neighbours");
        if (!reader) {
            assertThat(List.of(search.status(), profile.status(), neighbours.status())).as(account + " entity doors")
                    .containsOnly(403);
            return 3;
        }
        Map<String, Long> expected = new TreeMap<>();
        records.stream().filter(r -> allowed.contains(r.id())).forEach(r -> expected.merge(r.force().value(), 1L, Long::sum));
        if (allowed.isEmpty()) {
            assertThat(search.body().get("entities").size()).as(account + " entity search").isZero();
            assertThat(List.of(profile.status(), neighbours.status())).as(account + " profile").containsOnly(404);
            return 3;
        }
        JsonNode hit = search.body().get("entities").get(0);
        assertThat(hit.get("documents").asLong()).as(account + " entity count").isEqualTo(allowed.size());
        Map<String, Long> forces = new TreeMap<>();
        hit.get("forces").properties().forEach(e -> forces.put(e.getKey(), e.getValue().asLong()));
        assertThat(forces).as(account + " entity forces").isEqualTo(expected);
        List<String> shown = new ArrayList<>();
        profile.body().get("mentions").forEach(m -> shown.add(m.get("document").asString()));
        assertThat(shown).as(account + " profile mentions").containsExactlyInAnyOrderElementsOf(allowed);
        assertThat(neighbours.status()).as(account + " neighbours").isEqualTo(200);
        return 3;
    }

    private static List<Account> accounts() {
        List<Account> accounts = new ArrayList<>();
        for (String role : Roles.ALL) {
            for (ForceCode home : FORCES) {
                for (Marking clearance : Marking.values()) {
                    accounts.add(new Account("m." + role + "." + home.value() + "." + clearance.name().toLowerCase(
                            java.util.Locale.ROOT).replace('_', '-'), role, home, clearance));
                }
            }
        }
        return accounts;
    }

    /**
     * The rule: cleared for the marking, and either the account's own force (any handling code) or
     * an agreement from the record's force to the account's force, for the account's role, reaching
     * the marking, and naming C records when the record is C.
     */
    private static boolean allows(Account account, Labelled record) {
        if (record.marking().compareTo(account.clearance()) > 0) {
            return false;
        }
        if (record.force().equals(account.home())) {
            return true;
        }
        return AGREEMENTS.stream().anyMatch(a -> a.owner().equals(record.force()) && a.recipient().equals(account.home())
                && a.roles().contains(account.role()) && record.marking().compareTo(a.upTo()) <= 0
                && (record.handling() == Handling.P || a.conditional()));
    }

    private static String expectedConditions(Account account, Labelled record) {
        boolean shared = !record.force().equals(account.home()) && record.handling() == Handling.C;
        return shared ? CONDITIONS : "";
    }

    private static String conditionsOf(JsonNode node) {
        JsonNode conditions = node.get("conditions");
        return conditions == null || conditions.isNull() ? "" : conditions.asString();
    }

    private static Labelled label(List<Labelled> records, String id) {
        return records.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
