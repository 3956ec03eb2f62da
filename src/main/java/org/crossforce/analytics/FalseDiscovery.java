package org.crossforce.analytics;

import java.util.Arrays;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Hotspot and coldspot confidence classes (99, 95, 90; negative for coldspots; 0 for none)
 * corrected for testing every cell at once with the Benjamini-Hochberg false discovery rate:
 * among thousands of cells some pass at 95 % by chance alone, and a supervisor must not send
 * patrols to them.
 */
final class FalseDiscovery {

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);
    private static final double[] ALPHAS = {0.01, 0.05, 0.10};
    private static final int[] LEVELS = {99, 95, 90};

    private FalseDiscovery() {
    }

    /** Two-sided p-value of a standard normal z. */
    static double p(double z) {
        return 2 * NORMAL.survivalProbability(Math.abs(z));
    }

    /** The confidence class of each z-score, after the correction. */
    static int[] confidence(double[] z) {
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            p[i] = p(z[i]);
        }
        int[] levels = levels(p);
        for (int i = 0; i < z.length; i++) {
            levels[i] = z[i] < 0 ? -levels[i] : levels[i];
        }
        return levels;
    }

    /** For each p-value, the highest level at which Benjamini-Hochberg rejects it; 0 if none. */
    static int[] levels(double[] p) {
        int m = p.length;
        double[] sorted = p.clone();
        Arrays.sort(sorted);
        int[] levels = new int[m];
        for (int a = ALPHAS.length - 1; a >= 0; a--) {
            double cut = cutOff(sorted, ALPHAS[a]);
            for (int i = 0; i < m; i++) {
                if (p[i] <= cut) {
                    levels[i] = LEVELS[a];
                }
            }
        }
        return levels;
    }

    /** The largest p(k) with p(k) ≤ k/m·α: every p-value up to it is a discovery; -1 when none is. */
    private static double cutOff(double[] sorted, double alpha) {
        double cut = -1;
        for (int k = 1; k <= sorted.length; k++) {
            if (sorted[k - 1] <= k * alpha / sorted.length) {
                cut = sorted[k - 1];
            }
        }
        return cut;
    }
}
