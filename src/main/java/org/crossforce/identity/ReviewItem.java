package org.crossforce.identity;

/**
 * A candidate match an analyst should look at: the strongest pair between two identities that
 * were not joined. Impact is how many records the answer moves, times how uncertain the model is.
 *
 * @param a           a record of the first identity
 * @param b           a record of the second
 * @param identityA   the first identity's id
 * @param identityB   the second's
 * @param recordsA    how many records the first identity holds
 * @param recordsB    how many the second holds
 * @param probability the pair's match probability
 * @param refused     why a strong pair was not joined automatically, or null
 */
public record ReviewItem(String a, String b, String identityA, String identityB, int recordsA, int recordsB,
        double probability, double impact, String refused) {
}
