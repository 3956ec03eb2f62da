package org.crossforce.analytics;

/**
 * Getis-Ord Gi* (Getis and Ord 1992; Ord and Getis 1995) with binary weights: for each cell, how
 * far the sum over the cell and its neighbours lies from what the study area's mean would give,
 * in standard deviations. The study area holds every cell of the territory, empty ones too, or
 * busy areas look ordinary against each other.
 *
 * <pre>
 *   Gi* = (Σj wij xj − X̄ Σj wij) / (S √((n Σj wij² − (Σj wij)²) / (n − 1)))
 *   X̄ = Σ xj / n,   S = √(Σ xj² / n − X̄²)
 * </pre>
 */
final class GiStar {

    private GiStar() {
    }

    /**
     * @param values     the count of each cell of the study area
     * @param neighbours for each cell, the cells within its distance band, itself included
     * @return each cell's z-score; all 0 when every cell holds the same count (nothing stands out)
     */
    static double[] z(double[] values, int[][] neighbours) {
        int n = values.length;
        if (neighbours.length != n) {
            throw new IllegalArgumentException("Each of the " + n + " cells needs its neighbours");
        }
        double sum = 0;
        double squares = 0;
        for (double x : values) {
            sum += x;
            squares += x * x;
        }
        double mean = sum / n;
        double s = Math.sqrt(Math.max(0, squares / n - mean * mean));
        double[] z = new double[n];
        if (n < 2 || s == 0) {
            return z;
        }
        for (int i = 0; i < n; i++) {
            double local = 0;
            int w = neighbours[i].length;
            for (int j : neighbours[i]) {
                local += values[j];
            }
            // Binary weights: Σw = Σw² = the number of cells in the band.
            double spread = Math.sqrt((n * (double) w - (double) w * w) / (n - 1));
            z[i] = spread == 0 ? 0 : (local - mean * w) / (s * spread);
        }
        return z;
    }
}
