package org.crossforce.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.crossforce.corpus.documents.Kind;
import org.crossforce.corpus.documents.Planner;
import org.crossforce.corpus.documents.Slot;
import org.crossforce.corpus.population.CorpusForce;
import org.junit.jupiter.api.Test;

class PlannerTest {

    @Test
    void theFirstFilesCoverEveryKindAndEveryForce() {
        List<Slot> slots = Planner.plan(42, Kind.values().length);

        assertThat(slots).extracting(Slot::kind).containsExactlyInAnyOrder(Kind.values());
        assertThat(slots).extracting(Slot::force).contains(CorpusForce.values());
    }

    @Test
    void aLargeCorpusFollowsTheWeightsWithTheMetAheadAndTheCitySmall() {
        List<Slot> slots = Planner.plan(42, 20_000);
        Map<CorpusForce, Long> forces = slots.stream().collect(Collectors.groupingBy(Slot::force,
                () -> new EnumMap<>(CorpusForce.class), Collectors.counting()));

        assertThat(forces.get(CorpusForce.METROPOLITAN)).isGreaterThan(forces.get(CorpusForce.KENT));
        assertThat(forces.get(CorpusForce.CITY_OF_LONDON)).isLessThan(forces.get(CorpusForce.BTP));
        long photos = slots.stream().filter(s -> s.kind() == Kind.PHOTO).count();
        assertThat(photos / 20_000.0).isBetween(0.10, 0.13);
    }

    @Test
    void ordinalsCountFilesOfTheSameKindSoExportRecordNumbersNeverCollide() {
        List<Slot> slots = Planner.plan(7, 3_000);
        Map<Kind, List<Integer>> ordinals = slots.stream().collect(Collectors.groupingBy(Slot::kind,
                Collectors.mapping(Slot::ordinal, Collectors.toList())));

        ordinals.values().forEach(list -> assertThat(list).isEqualTo(
                java.util.stream.IntStream.range(0, list.size()).boxed().toList()));
        assertThat(Planner.plan(7, 3_000)).isEqualTo(slots);
    }
}
