package org.crossforce.links;

/**
 * How surprising it is that two entities share records, as Dunning's log-likelihood ratio (G²) of
 * the two-by-two table of records with and without each. A phone seen in every record shares
 * many records with everything, but no more than chance would: its score is near zero, while two
 * entities that only ever appear together score high. Signed: negative when they share fewer
 * records than chance would give.
 */
final class Significance {

    private Significance() {
    }

    /**
     * @param both  records that mention both entities
     * @param x     records that mention the first
     * @param y     records that mention the second
     * @param total records in view
     */
    static double score(long both, long x, long y, long total) {
        if (total <= 0 || x <= 0 || y <= 0) {
            return 0;
        }
        long k11 = both;
        long k12 = Math.max(0, x - both);
        long k21 = Math.max(0, y - both);
        long k22 = Math.max(0, total - x - y + both);
        long n = k11 + k12 + k21 + k22;
        double g2 = 2 * (term(k11, k11 + k12, k11 + k21, n) + term(k12, k11 + k12, k12 + k22, n)
                + term(k21, k21 + k22, k11 + k21, n) + term(k22, k21 + k22, k12 + k22, n));
        double expected = (double) (k11 + k12) * (k11 + k21) / n;
        return k11 < expected ? -g2 : g2;
    }

    private static double term(long k, long row, long column, long n) {
        return k == 0 ? 0 : k * Math.log((double) k * n / ((double) row * column));
    }
}
