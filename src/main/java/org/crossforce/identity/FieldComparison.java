package org.crossforce.identity;

/**
 * How one field of two records compared and what it contributed.
 *
 * @param field     what was compared
 * @param level     the level reached, in words ("day and month swapped"), or "missing"
 * @param agreement agree, partial, disagree or missing
 * @param a         the first record's value as shown, or null
 * @param b         the second's
 * @param m         how often records of one person reach this level (learnt)
 * @param u         how often records of different people do (learnt; for an exact name, how common the name is)
 * @param weight    log2(m/u), in bits: positive for a match, negative against
 */
public record FieldComparison(Field field, String level, Field.Agreement agreement, String a, String b, double m,
        double u, double weight) {
}
