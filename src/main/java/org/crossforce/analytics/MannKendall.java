package org.crossforce.analytics;

import java.util.HashMap;
import java.util.Map;

/**
 * The Mann-Kendall trend test over a monthly series: S counts the later months above an earlier
 * one minus those below; its z-score (with the variance corrected for ties and a continuity
 * correction of one) says whether a rise or fall is a trend or noise. Months without data are
 * left out, never read as zeros.
 */
final class MannKendall {

    private MannKendall() {
    }

    /** The trend's z-score; positive for a rise. 0 for fewer than three months. */
    static double z(double[] series) {
        double[] x = java.util.Arrays.stream(series).filter(v -> !Double.isNaN(v)).toArray();
        int n = x.length;
        if (n < 3) {
            return 0;
        }
        long s = 0;
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 1; j < n; j++) {
                s += Long.signum(Double.compare(x[j], x[i]));
            }
        }
        Map<Double, Integer> ties = new HashMap<>();
        for (double v : x) {
            ties.merge(v, 1, Integer::sum);
        }
        double variance = n * (n - 1.0) * (2 * n + 5);
        for (int t : ties.values()) {
            variance -= t * (t - 1.0) * (2 * t + 5);
        }
        variance /= 18;
        if (s == 0 || variance <= 0) {
            return 0;
        }
        return (s > 0 ? s - 1 : s + 1) / Math.sqrt(variance);
    }
}
