package org.crossforce.identity;

import java.util.List;

/**
 * Why two records are, or are not, one person: each field's comparison and weight, the prior,
 * the total and its probability, and what was decided.
 *
 * @param prior       log2 of the prior odds that a candidate pair is one person
 * @param weight      prior plus every field's weight, in bits
 * @param probability the match probability that weight gives
 * @param decision    what happened to the pair
 */
public record PairExplanation(String a, String b, List<FieldComparison> fields, double prior, double weight,
        double probability, Decision decision) {

    public enum Decision {
        /** Above the automatic threshold and joined. */
        JOINED,
        /** Joined through other records, not by this pair alone. */
        JOINED_THROUGH_OTHERS,
        /** An analyst judged them one person. */
        CONFIRMED,
        /** An analyst judged them different people. */
        REJECTED,
        /** Between the thresholds: waiting for an analyst. */
        REVIEW,
        /** Strong enough, but joining would break a rule: different PNC ids, or the rest of the records disagree. */
        REFUSED,
        /** Below the review threshold. */
        NOT_JOINED
    }
}
