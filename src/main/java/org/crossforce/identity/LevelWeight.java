package org.crossforce.identity;

/**
 * One level of one comparison in the learnt model.
 *
 * @param m      how often records of one person reach it
 * @param u      how often records of different people do
 * @param weight log2(m/u), in bits
 */
public record LevelWeight(Field field, String level, double m, double u, double weight) {
}
