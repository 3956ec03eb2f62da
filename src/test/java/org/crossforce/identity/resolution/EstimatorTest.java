package org.crossforce.identity.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;

import org.crossforce.identity.Field;
import org.junit.jupiter.api.Test;

class EstimatorTest {

    /**
     * 100,000 candidate pairs, 20% of them matches; only phone and email are known. Matches share the
     * phone 90% of the time and the email 80%; non-matches 5% and 10%. Worked out cell by cell:
     * both shared 14,400 + 400 = 14,800; phone only 3,600 + 3,600 = 7,200; email only 1,600 + 7,600 =
     * 9,200; neither 400 + 68,400 = 68,800. With u held at the non-match rates, EM must find m and
     * the prior (the few pairs' worth of starting values it adds are lost in 100,000).
     */
    @Test
    void emRecoversMAndThePriorFromTheMixtureAlone() {
        Map<Integer, Integer> counts = Map.of(pattern(0, 0), 14_800, pattern(0, 1), 7_200, pattern(1, 0), 9_200,
                pattern(1, 1), 68_800);
        double[][] u = uniform();
        u[Field.PHONE.ordinal()] = new double[] {0.05, 0.95};
        u[Field.EMAIL.ordinal()] = new double[] {0.1, 0.9};

        Estimator.Estimate estimate = Estimator.em(counts, Map.of(), u);

        assertThat(estimate.prior()).isCloseTo(0.2, within(0.005));
        assertThat(estimate.m()[Field.PHONE.ordinal()][0]).isCloseTo(0.9, within(0.005));
        assertThat(estimate.m()[Field.EMAIL.ordinal()][0]).isCloseTo(0.8, within(0.005));
    }

    @Test
    void uIsHowOftenRandomPairsReachEachLevel() {
        // Four records, two sharing a phone: of the 12 ordered pairs, 2 share it, 10 do not.
        Features[] records = {
            People.named("A", "Aa").phone("+1").features(), People.named("B", "Bb").phone("+1").features(),
            People.named("C", "Cc").phone("+2").features(), People.named("D", "Dd").phone("+3").features()};
        double[][] u = Estimator.u(records, new Comparer(Nicknames.shipped()), 120_000, 1);
        // smoothing of 0.5 a level is negligible against 120,000 samples
        assertThat(u[Field.PHONE.ordinal()][0]).isCloseTo(2 / 12.0, within(0.01));
    }

    private static int pattern(int phone, int email) {
        int[] levels = new int[Comparer.FIELDS];
        Arrays.fill(levels, Field.MISSING);
        levels[Field.PHONE.ordinal()] = phone;
        levels[Field.EMAIL.ordinal()] = email;
        return Patterns.pack(levels);
    }

    private static double[][] uniform() {
        double[][] u = new double[Comparer.FIELDS][];
        for (Field f : Field.values()) {
            u[f.ordinal()] = new double[f.levels().size()];
            Arrays.fill(u[f.ordinal()], 1.0 / f.levels().size());
        }
        return u;
    }
}
