package org.crossforce.analytics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * How well a map drawn from past months foretold the next: the Prediction Accuracy Index
 * (Chainey, Tompson and Uhlig 2008), the share of the month's crimes caught in the cells flagged
 * over the share of the area flagged, and PEI* (Hunt 2016), the crimes caught over the most any
 * choice of that many cells could have caught. Cells are equal squares, so area is a count of
 * cells.
 *
 * @param pai  (n / N) / (a / A); NaN when the month had no crimes
 * @param pei  n / n*, between 0 and 1; NaN when the month had no crimes
 */
record HotspotAccuracy(double share, int cells, long caught, long total, double pai, double pei) {

    /**
     * @param predicted each cell's score from the method (count, density or Gi* z), higher is hotter
     * @param actual    each cell's crimes in the month foretold
     * @param share     the part of the area flagged, 0.01 for 1 %
     */
    static HotspotAccuracy of(double[] predicted, long[] actual, double share) {
        int m = predicted.length;
        if (actual.length != m || m == 0) {
            throw new IllegalArgumentException("Each of the cells needs a prediction and a count");
        }
        if (share <= 0 || share > 1) {
            throw new IllegalArgumentException("The flagged share of the area is above 0 and at most 1, not " + share);
        }
        // At least one cell; the small slack keeps 10 % of 10 cells one cell despite rounding.
        int k = Math.max(1, (int) Math.ceil(share * m - 1e-9));
        // Highest prediction first; between equals, the cell listed first, so the answer is repeatable.
        int[] flagged = IntStream.range(0, m).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -predicted[i]).thenComparingInt(i -> i))
                .limit(k).mapToInt(Integer::intValue).toArray();
        long caught = Arrays.stream(flagged).mapToLong(i -> actual[i]).sum();
        long total = Arrays.stream(actual).sum();
        long best = Arrays.stream(actual).boxed().sorted(Comparator.reverseOrder()).limit(k).mapToLong(Long::longValue).sum();
        double pai = total == 0 ? Double.NaN : ((double) caught / total) / ((double) k / m);
        double pei = best == 0 ? Double.NaN : (double) caught / best;
        return new HotspotAccuracy(share, k, caught, total, pai, pei);
    }
}
