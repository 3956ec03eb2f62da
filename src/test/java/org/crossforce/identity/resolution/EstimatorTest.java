package org.crossforce.identity.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;

import org.crossforce.identity.Field;
import org.junit.jupiter.api.Test;

class EstimatorTest {

    /**
     * 100,000 candidate pairs, 20% of them matches; only phone, email and vehicle are known. Matches
     * share them 90%, 80% and 70% of the time; the non-matches among the candidates 5%, 10% and 20%.
     * Each cell is 20,000 x the product of the m's plus 80,000 x the product of the u's: all three
     * shared 10,080 + 80 = 10,160, ..., none shared 120 + 54,720 = 54,840. From the cells alone EM
     * must find the share of matches and m (the few pairs' worth of starting values it adds are
     * lost in 100,000).
     */
    @Test
    void emRecoversMAndTheShareOfMatchesFromTheMixtureAlone() {
        Map<Integer, Integer> counts = Map.of(pattern(0, 0, 0), 10_160, pattern(0, 0, 1), 4_640,
                pattern(0, 1, 0), 3_240, pattern(0, 1, 1), 3_960, pattern(1, 0, 0), 2_640, pattern(1, 0, 1), 6_560,
                pattern(1, 1, 0), 13_960, pattern(1, 1, 1), 54_840);
        double[][] u = uniform();
        u[Field.PHONE.ordinal()] = new double[] {0.02, 0.98};
        u[Field.EMAIL.ordinal()] = new double[] {0.02, 0.98};
        u[Field.VEHICLE.ordinal()] = new double[] {0.02, 0.98};

        Estimator.Estimate estimate = Estimator.em(counts, Map.of(), u);

        assertThat(estimate.prior()).isCloseTo(0.2, within(0.01));
        assertThat(estimate.m()[Field.PHONE.ordinal()][0]).isCloseTo(0.9, within(0.01));
        assertThat(estimate.m()[Field.EMAIL.ordinal()][0]).isCloseTo(0.8, within(0.01));
        assertThat(estimate.m()[Field.VEHICLE.ordinal()][0]).isCloseTo(0.7, within(0.01));
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

    private static int pattern(int phone, int email, int vehicle) {
        int[] levels = new int[Comparer.FIELDS];
        Arrays.fill(levels, Field.MISSING);
        levels[Field.PHONE.ordinal()] = phone;
        levels[Field.EMAIL.ordinal()] = email;
        levels[Field.VEHICLE.ordinal()] = vehicle;
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
