package org.crossforce.identity.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.crossforce.identity.Field;
import org.junit.jupiter.api.Test;

class ModelTest {

    /** m and u for every field: agreement 0.9 against 0.01, disagreement 0.1 against 0.99 (levels between 0). */
    private static Model model(Map<String, Integer> surnames, int total) {
        double[][] m = new double[Comparer.FIELDS][];
        double[][] u = new double[Comparer.FIELDS][];
        for (Field f : Field.values()) {
            m[f.ordinal()] = new double[f.levels().size()];
            u[f.ordinal()] = new double[f.levels().size()];
            m[f.ordinal()][0] = 0.9;
            u[f.ordinal()][0] = 0.01;
            m[f.ordinal()][f.different()] = 0.1;
            u[f.ordinal()][f.different()] = 0.99;
        }
        return new Model(m, u, 0.2, surnames, total, Map.of(), 0);
    }

    @Test
    void aLevelWeighsLogTwoOfMOverU() {
        Model model = model(Map.of(), 0);
        // log2(0.9 / 0.01) = log2(90) = 6.4919; log2(0.1 / 0.99) = -3.3074
        assertThat(model.weight(Field.PHONE, 0)).isCloseTo(6.4919, within(1e-4));
        assertThat(model.weight(Field.PHONE, 1)).isCloseTo(-3.3074, within(1e-4));
        assertThat(model.weight(Field.PHONE, Field.MISSING)).isZero();
        // prior 0.2: log2(0.2 / 0.8) = -2
        assertThat(model.priorWeight()).isCloseTo(-2, within(1e-9));
        assertThat(Model.probability(0)).isEqualTo(0.5);
        assertThat(Model.probability(-2)).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void agreeingOnACommonSurnameWeighsLessThanOnARareOne() {
        // 1,000 records: 50 Smiths, 1 Okonkwo-Whitfield. u is the name's share: 0.05 and 0.001.
        Model model = model(Map.of("smith", 50, "okonkwowhitfield", 1), 1000);
        assertThat(model.nameWeight(Field.SURNAME, "smith")).isCloseTo(Math.log(0.9 / 0.05) / Math.log(2), within(1e-9));
        assertThat(model.nameWeight(Field.SURNAME, "okonkwowhitfield"))
                .isCloseTo(Math.log(0.9 / 0.001) / Math.log(2), within(1e-9));
        assertThat(model.nameWeight(Field.SURNAME, "smith")).isLessThan(model.nameWeight(Field.SURNAME, "okonkwowhitfield"));
        // a name the table has never seen falls back to the level's own weight
        assertThat(model.nameWeight(Field.SURNAME, "nobody")).isEqualTo(model.weight(Field.SURNAME, 0));
    }
}
