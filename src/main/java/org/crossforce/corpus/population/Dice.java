package org.crossforce.corpus.population;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The only source of chance in the corpus. Every file gets its own dice, derived from the seed, a
 * purpose and the file's index, so that files can be written in any order on any number of
 * threads and still come out byte for byte the same.
 */
public final class Dice {

    private final SplittableRandom random;

    private Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public static Dice of(long seed, String purpose, long index) {
        return new Dice(mix(seed ^ mix(purpose.hashCode() * 0x9E3779B97F4A7C15L + index)));
    }

    /** Independent dice for a sub-task, so that adding a draw in one place does not shift another. */
    public Dice fork(String purpose) {
        return new Dice(mix(random.nextLong() ^ purpose.hashCode()));
    }

    public long nextLong() {
        return random.nextLong();
    }

    public double unit() {
        return random.nextDouble();
    }

    public double gaussian() {
        return random.nextGaussian();
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** 0 to n - 1. */
    public int below(int n) {
        return random.nextInt(n);
    }

    /** lo to hi, both included. */
    public int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    public final <T> T pick(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** An index chosen in proportion to the weights. */
    public int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** SplitMix64's finaliser: spreads nearby seeds far apart. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
