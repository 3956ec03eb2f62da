package org.crossforce.corpus.population;

import java.util.Arrays;

/**
 * Picks from a ranked list so that the first few come up far more often than the rest: a handful
 * of prolific nominals appear in many files across forces, most people in one or two.
 */
final class Zipf {

    private final double[] cumulative;

    Zipf(int size, double exponent) {
        cumulative = new double[size];
        double sum = 0;
        for (int rank = 0; rank < size; rank++) {
            sum += 1 / Math.pow(rank + 1, exponent);
            cumulative[rank] = sum;
        }
    }

    int sample(Dice dice) {
        double roll = dice.unit() * cumulative[cumulative.length - 1];
        int at = Arrays.binarySearch(cumulative, roll);
        return Math.min(at >= 0 ? at : -at - 1, cumulative.length - 1);
    }
}
