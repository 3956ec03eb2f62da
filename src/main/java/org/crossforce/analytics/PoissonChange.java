package org.crossforce.analytics;

/**
 * Whether a count differs from a baseline by more than chance, for counts of events such as
 * crimes: the square-root (variance-stabilised) test z = 2(√current − √baseline), read as a
 * standard normal. 25 against 16 gives z = 2.0, a real rise; 5 against 3, a "67 % rise",
 * gives z ≈ 1.0, noise.
 */
record PoissonChange(long current, long baseline, double z) {

    /** Two-sided 95 %. */
    static final double SIGNIFICANT = 1.959964;

    static PoissonChange of(long current, long baseline) {
        if (current < 0 || baseline < 0) {
            throw new IllegalArgumentException("Counts cannot be negative: " + current + ", " + baseline);
        }
        return new PoissonChange(current, baseline, 2 * (Math.sqrt(current) - Math.sqrt(baseline)));
    }

    boolean significant() {
        return Math.abs(z) >= SIGNIFICANT;
    }
}
