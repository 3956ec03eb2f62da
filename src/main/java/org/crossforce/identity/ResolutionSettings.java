package org.crossforce.identity;

/**
 * How sure identity resolution must be. Pairs at or above {@code autoJoin} (a match probability)
 * are joined without asking; pairs from {@code review} up to it wait for an analyst; below it they
 * are left apart.
 *
 * @param autoJoin    the probability at which two records are joined automatically
 * @param review      the probability from which a pair is put to an analyst
 * @param maxBlock    the most records one blocking key may gather before it is narrowed
 * @param randomPairs how many random pairs estimate how often different people agree (u)
 * @param guardSample how many members of each identity are compared before two are joined
 * @param chainGuard  the mean weight, in bits, those comparisons must reach: one strong pair
 *                    among records that otherwise disagree does not join two identities
 */
public record ResolutionSettings(double autoJoin, double review, int maxBlock, int randomPairs, int guardSample,
        double chainGuard) {

    public static final ResolutionSettings DEFAULTS = new ResolutionSettings(0.99, 0.5, 400, 500_000, 6, 0.0);

    public ResolutionSettings {
        if (!(review > 0 && review <= autoJoin && autoJoin < 1)) {
            throw new IllegalArgumentException("Thresholds need 0 < review <= autoJoin < 1, not review " + review
                    + " and autoJoin " + autoJoin);
        }
        if (maxBlock < 2 || randomPairs < 1 || guardSample < 1) {
            throw new IllegalArgumentException("maxBlock must be at least 2, randomPairs and guardSample at least 1");
        }
    }

    /** The same settings with other thresholds. */
    public ResolutionSettings withThresholds(double autoJoin, double review) {
        return new ResolutionSettings(autoJoin, review, maxBlock, randomPairs, guardSample, chainGuard);
    }

    static double weightOf(double probability) {
        return Math.log(probability / (1 - probability)) / Math.log(2);
    }

    public double autoJoinWeight() {
        return weightOf(autoJoin);
    }

    public double reviewWeight() {
        return weightOf(review);
    }
}
