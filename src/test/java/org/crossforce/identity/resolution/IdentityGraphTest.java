package org.crossforce.identity.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crossforce.corpus.persons.PersonsFile;
import org.crossforce.identity.Field;
import org.crossforce.identity.Judgement;
import org.crossforce.identity.PairExplanation;
import org.crossforce.identity.PersonRecord;
import org.crossforce.identity.PersonRecords;
import org.crossforce.identity.ResolutionSettings;
import org.crossforce.records.ExportReader;
import org.crossforce.records.MappingRegistry;
import org.crossforce.shared.ForceCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tricky pairs, resolved among 3,000 generated person records so that the model is learnt
 * from data as it would be in service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityGraphTest {

    private final List<PersonRecord> background = new ArrayList<>();

    @BeforeAll
    void generate(@TempDir Path dir) throws IOException {
        PersonsFile.Written file = PersonsFile.write(11, 300, 3_000, dir);
        ExportReader reader = new ExportReader(MappingRegistry.shipped());
        reader.stream(file.csv(), reader.detect(file.csv(), "persons.csv").orElseThrow(), ForceCode.of("kent"),
                r -> background.addAll(PersonRecords.of(r)));
        assertThat(background).hasSize(3_000);
    }

    private IdentityGraph resolve(List<Judgement> judgements, People... extra) {
        List<PersonRecord> all = new ArrayList<>(background);
        for (People p : extra) {
            all.add(p.record());
        }
        return IdentityGraph.build(all, judgements, ResolutionSettings.DEFAULTS, Nicknames.shipped(), Map.of());
    }

    private static People custody() {
        return People.named("Jonathan", "SMYTHE").key("kent-custody#0").force("kent").born(1985, 4, 3)
                .at("14 Dalby Square, Margate", "CT9 2ER").phone("+447700900481");
    }

    private static People intelligence() {
        return People.named("Jon", "Smith").key("met-intel#0").force("met").born(1985, 3, 4);
    }

    private static People crime() {
        return People.named("J.", "Smythe").key("essex-crime#1").force("essex").phone("+447700900481");
    }

    @Test
    void threeForcesRecordsOfOneManBecomeOneIdentity() {
        IdentityGraph graph = resolve(List.of(), custody(), intelligence(), crime());

        String identity = graph.identityOf("kent-custody#0");
        assertThat(graph.identityOf("met-intel#0")).isEqualTo(identity);
        assertThat(graph.identityOf("essex-crime#1")).isEqualTo(identity);
        assertThat(graph.members(identity)).containsExactlyInAnyOrder("kent-custody#0", "met-intel#0", "essex-crime#1");
    }

    @Test
    void everyJoinIsExplainedFieldByField() {
        IdentityGraph graph = resolve(List.of(), custody(), intelligence(), crime());

        PairExplanation why = graph.explain("kent-custody#0", "met-intel#0");

        assertThat(why.decision()).isEqualTo(PairExplanation.Decision.JOINED);
        assertThat(why.fields()).filteredOn(f -> f.field() == Field.FORENAME).singleElement()
                .satisfies(f -> assertThat(f.level()).isEqualTo("familiar form or other forename"));
        assertThat(why.fields()).filteredOn(f -> f.field() == Field.BIRTH).singleElement()
                .satisfies(f -> {
                    assertThat(f.level()).isEqualTo("day and month swapped");
                    assertThat(f.weight()).isPositive();
                    assertThat(f.a()).isEqualTo("03/04/1985");
                });
        assertThat(why.fields()).filteredOn(f -> f.field() == Field.ADDRESS).singleElement()
                .satisfies(f -> assertThat(f.agreement()).isEqualTo(Field.Agreement.MISSING));
        double sum = why.prior() + why.fields().stream().mapToDouble(f -> f.weight()).sum();
        assertThat(why.weight()).isCloseTo(sum, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void twoJohnSmithsWithDifferentDatesOfBirthAndAddressesStayApart() {
        IdentityGraph graph = resolve(List.of(),
                People.named("John", "Smith").key("a#0").born(1971, 6, 2).at("3 Mill Lane, Dover", "CT16 1AA"),
                People.named("John", "Smith").key("b#0").born(1990, 11, 23).at("81 Mare Street, London", "E8 4RP"));

        assertThat(graph.identityOf("a#0")).isNotEqualTo(graph.identityOf("b#0"));
        PairExplanation why = graph.explain("a#0", "b#0");
        assertThat(why.decision()).isNotIn(PairExplanation.Decision.JOINED, PairExplanation.Decision.JOINED_THROUGH_OTHERS);
        assertThat(why.fields()).filteredOn(f -> f.field() == Field.BIRTH).singleElement()
                .satisfies(f -> assertThat(f.weight()).isLessThan(-4));
    }

    @Test
    void aFatherAndSonOfOneNameAtOneAddressStayApart() {
        IdentityGraph graph = resolve(List.of(),
                People.named("Kwame", "Asante-Boateng").key("father#0").born(1968, 2, 14)
                        .at("22 Green Avenue, Dartford", "DA1 6EG").pnc("1990/0123456X"),
                People.named("Kwame", "Asante-Boateng").key("son#0").born(1996, 9, 30)
                        .at("22 Green Avenue, Dartford", "DA1 6EG"),
                People.named("Kwame", "ASANTE-BOATENG").key("son#1").born(1996, 9, 30));

        assertThat(graph.identityOf("father#0")).isNotEqualTo(graph.identityOf("son#0"));
        assertThat(graph.identityOf("son#0")).isEqualTo(graph.identityOf("son#1"));
    }

    @Test
    void aRejectedMatchStaysRejectedAndASplitHoldsOnTheNextRun() {
        Judgement rejected = new Judgement("kent-custody#0", "met-intel#0", false, "analyst", Instant.EPOCH, "checked");
        IdentityGraph graph = resolve(List.of(rejected), custody(), intelligence(), crime());

        assertThat(graph.identityOf("kent-custody#0")).isNotEqualTo(graph.identityOf("met-intel#0"));
        assertThat(graph.explain("kent-custody#0", "met-intel#0").decision())
                .isEqualTo(PairExplanation.Decision.REJECTED);
        assertThat(graph.review(1000)).noneMatch(i -> i.a().equals("kent-custody#0") && i.b().equals("met-intel#0")
                || i.a().equals("met-intel#0") && i.b().equals("kent-custody#0"));
    }

    @Test
    void judgementsApplyAtOnceAndAContradictionIsRefused() {
        IdentityGraph graph = resolve(List.of(), custody(), intelligence(), crime());
        String before = graph.identityOf("kent-custody#0");

        List<String> moved = graph.judge(new Judgement("essex-crime#1", "kent-custody#0", false, "analyst",
                Instant.EPOCH, null));
        graph.judge(new Judgement("essex-crime#1", "met-intel#0", false, "analyst", Instant.EPOCH, null));

        assertThat(moved).contains("essex-crime#1");
        assertThat(graph.identityOf("kent-custody#0")).isEqualTo(before);
        assertThat(graph.identityOf("met-intel#0")).isEqualTo(before);
        assertThat(graph.identityOf("essex-crime#1")).isNotEqualTo(before);
        assertThatThrownBy(() -> graph.judge(new Judgement("essex-crime#1", "met-intel#0", true, "analyst",
                Instant.EPOCH.plusSeconds(1), null))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUncertainPairWaitsForReview() {
        IdentityGraph graph = resolve(List.of(),
                People.named("Agnieszka", "PRZYBYLSKAOIR").key("kent#0").born(1991, 7, 12),
                People.named("Aga", "Przybilskaoir").key("met#0"));

        PairExplanation why = graph.explain("kent#0", "met#0");
        assertThat(why.decision()).isEqualTo(PairExplanation.Decision.REVIEW);
        assertThat(graph.review(Integer.MAX_VALUE)).anyMatch(i -> i.a().equals("met#0") || i.b().equals("met#0"));
    }

    @Test
    void aNewRecordJoinsItsIdentityWithoutARerunAndIdsStayStable() {
        IdentityGraph graph = resolve(List.of(), custody(), intelligence());
        String identity = graph.identityOf("kent-custody#0");

        String joined = graph.add(crime().record());

        assertThat(joined).isEqualTo(identity);
        IdentityGraph again = IdentityGraph.build(new ArrayList<>(List.of(custody().record(), intelligence().record(),
                crime().record())), List.of(), ResolutionSettings.DEFAULTS, Nicknames.shipped(), graph.assignments());
        assertThat(again.identityOf("essex-crime#1")).isEqualTo(identity);
    }
}
