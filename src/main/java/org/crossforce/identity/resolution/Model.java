package org.crossforce.identity.resolution;

import java.util.Map;

import org.crossforce.identity.Field;

/**
 * A Fellegi-Sunter model: for each field and level, m (how often records of one person reach it)
 * and u (how often records of different people do); a level weighs log2(m/u). Exact agreement on a
 * name weighs by how common that name is: two records agreeing on Smith say less than two agreeing
 * on Okonkwo-Whitfield.
 *
 * @param prior     the share of candidate pairs that are matches, as estimated
 * @param surnames  how many records carry each surname, for the adjustment
 * @param forenames how many records carry each first forename
 */
record Model(double[][] m, double[][] u, double prior, Map<String, Integer> surnames, int surnameTotal,
        Map<String, Integer> forenames, int forenameTotal) {

    private static final double FLOOR = 1e-6;

    double weight(Field field, int level) {
        if (level == Field.MISSING) {
            return 0;
        }
        return log2(Math.max(m[field.ordinal()][level], FLOOR) / Math.max(u[field.ordinal()][level], FLOOR));
    }

    /**
     * The weight of exact agreement on this name: u is the chance that a random record carries it,
     * never below one record in the whole set.
     */
    double nameWeight(Field field, String value) {
        Map<String, Integer> counts = field == Field.SURNAME ? surnames : forenames;
        int total = field == Field.SURNAME ? surnameTotal : forenameTotal;
        Integer count = counts.get(value);
        if (count == null || total == 0) {
            return weight(field, 0);
        }
        double tf = Math.max(count, 1) / (double) total;
        return log2(Math.max(m[field.ordinal()][0], FLOOR) / tf);
    }

    /** log2 of the prior odds, the weight every pair starts from. */
    double priorWeight() {
        return log2(prior / (1 - prior));
    }

    static double probability(double weight) {
        return 1 / (1 + Math.pow(2, -weight));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
