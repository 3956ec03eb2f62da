package org.crossforce.identity.resolution;

import java.util.Map;
import java.util.SplittableRandom;

import org.crossforce.identity.Field;

/**
 * Learns the model from the records themselves. u comes from random pairs, which are almost all
 * different people. m and the share of matches among candidate pairs come from
 * expectation-maximisation over the candidate pairs, in which the non-matches have their own
 * distribution: different people who share a blocking key agree far more often than random pairs
 * do, and a model that forgot this would take them for matches. Pairs an analyst judged enter
 * with the answer known, so judgements teach the model.
 */
final class Estimator {

    private static final int ITERATIONS = 60;
    private static final double SMOOTHING = 0.5;
    /**
     * Pairs' worth of the starting m added to every M step: on a few hundred records EM alone can
     * wander; on thousands this is lost in the data.
     */
    private static final double PRIOR_PAIRS = 20;

    private Estimator() {
    }

    /** u for each field and level, from up to {@code samples} random pairs. */
    static double[][] u(Features[] records, Comparer comparer, int samples, long seed) {
        return u(records, comparer, samples, seed, (i, j) -> true);
    }

    /**
     * u from random pairs that {@code apart} allows: after a first pass, only pairs it put in
     * different identities, since where few people recur often (a small force's nominals) random
     * pairs are often the same person, and u taken from them would make agreement look common.
     */
    static double[][] u(Features[] records, Comparer comparer, int samples, long seed,
            java.util.function.BiPredicate<Integer, Integer> apart) {
        double[][] counts = counts(0);
        if (records.length < 2) {
            return normalise(counts);
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int s = 0, tries = 0; s < samples && tries < 3L * samples; tries++) {
            int i = random.nextInt(records.length);
            int j = random.nextInt(records.length - 1);
            j = j >= i ? j + 1 : j;
            if (!apart.test(i, j)) {
                continue;
            }
            s++;
            int[] levels = comparer.compare(records[i], records[j]);
            for (int f = 0; f < levels.length; f++) {
                if (levels[f] != Field.MISSING) {
                    counts[f][levels[f]]++;
                }
            }
        }
        return normalise(counts);
    }

    /**
     * m and the share of matches among candidate pairs, by EM.
     *
     * @param patterns how many candidate pairs show each pattern
     * @param u        how often random pairs reach each level: where the non-matches' distribution starts
     * @param matches  patterns of pairs judged one person, with their counts; pairs judged different
     *                 people teach nothing here, as u comes from random pairs, and act as constraints
     */
    static Estimate em(Map<Integer, Integer> patterns, Map<Integer, Integer> matches, double[][] u) {
        double[][] m = start();
        double[][] v = copy(u);
        double prior = 0.3;
        int n = patterns.size();
        int[] keys = new int[n];
        double[] weights = new double[n];
        int k = 0;
        double total = 0;
        for (Map.Entry<Integer, Integer> e : patterns.entrySet()) {
            keys[k] = e.getKey();
            weights[k++] = e.getValue();
            total += e.getValue();
        }
        if (total == 0) {
            return new Estimate(m, prior, 0);
        }
        int iteration = 0;
        for (; iteration < ITERATIONS; iteration++) {
            double[][] sums = counts(0);
            double[][] others = counts(0);
            double matched = 0;
            for (int i = 0; i < n; i++) {
                double post = posterior(keys[i], m, v, prior);
                matched += post * weights[i];
                add(sums, keys[i], post * weights[i]);
                add(others, keys[i], (1 - post) * weights[i]);
            }
            for (Map.Entry<Integer, Integer> e : matches.entrySet()) {
                add(sums, e.getKey(), e.getValue());
            }
            double[][] begin = start();
            for (int f = 0; f < sums.length; f++) {
                for (int l = 0; l < sums[f].length; l++) {
                    sums[f][l] += PRIOR_PAIRS * begin[f][l];
                }
            }
            double[][] next = normalise(sums);
            double nextPrior = Math.clamp(matched / total, 1e-6, 0.999);
            double change = Math.abs(nextPrior - prior) + difference(m, next);
            m = next;
            v = normalise(others);
            prior = nextPrior;
            if (change < 1e-7) {
                break;
            }
        }
        return new Estimate(m, prior, iteration);
    }

    /** m and prior as learnt, and how many iterations it took. */
    record Estimate(double[][] m, double prior, int iterations) {
    }

    private static double posterior(int pattern, double[][] m, double[][] u, double prior) {
        double lm = prior;
        double lu = 1 - prior;
        for (int f = 0; f < Comparer.FIELDS; f++) {
            int level = Patterns.level(pattern, f);
            if (level != Field.MISSING) {
                lm *= m[f][level];
                lu *= u[f][level];
            }
        }
        return lm / (lm + lu);
    }

    private static void add(double[][] sums, int pattern, double amount) {
        for (int f = 0; f < Comparer.FIELDS; f++) {
            int level = Patterns.level(pattern, f);
            if (level != Field.MISSING) {
                sums[f][level] += amount;
            }
        }
    }

    /** Agreement likely, disagreement unlikely: where EM starts for records of one person. */
    private static double[][] start() {
        double[][] m = counts(0);
        for (Field field : Field.values()) {
            double[] row = m[field.ordinal()];
            for (int level = 0; level < row.length; level++) {
                row[level] = level == 0 ? 0.7 : level == field.different() ? 0.05 : 0.25 / (row.length - 2);
            }
        }
        return normalise(m);
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int f = 0; f < a.length; f++) {
            c[f] = a[f].clone();
        }
        return c;
    }

    private static double[][] counts(double value) {
        double[][] c = new double[Comparer.FIELDS][];
        for (Field field : Field.values()) {
            c[field.ordinal()] = new double[field.levels().size()];
            java.util.Arrays.fill(c[field.ordinal()], value);
        }
        return c;
    }

    private static double[][] normalise(double[][] counts) {
        double[][] p = new double[counts.length][];
        for (int f = 0; f < counts.length; f++) {
            double sum = 0;
            for (double c : counts[f]) {
                sum += c + SMOOTHING;
            }
            p[f] = new double[counts[f].length];
            for (int l = 0; l < counts[f].length; l++) {
                p[f][l] = (counts[f][l] + SMOOTHING) / sum;
            }
        }
        return p;
    }

    private static double difference(double[][] a, double[][] b) {
        double d = 0;
        for (int f = 0; f < a.length; f++) {
            for (int l = 0; l < a[f].length; l++) {
                d += Math.abs(a[f][l] - b[f][l]);
            }
        }
        return d;
    }
}
