package org.crossforce.analytics;

import java.time.YearMonth;

/**
 * The period's count against the period before and the same months a year earlier.
 *
 * @param located crimes of the period with a place on the map
 */
public record HeadlineFigures(YearMonth from, YearMonth to, long count, long located, Change previousPeriod,
        Change yearEarlier) {

    /**
     * A change from a baseline, judged by the Poisson test 2(√a − √b) rather than by its percentage.
     *
     * @param percent     the change in per cent, or null when the baseline is nought
     * @param z           the test's z-score
     * @param significant whether |z| ≥ 1.96 and the periods compare: a change to act on, not noise
     * @param comparable  whether the baseline holds the same months of the same forces as the period;
     *                    when months are missing on either side, or the periods overlap, a change
     *                    says nothing and is not judged
     */
    public record Change(YearMonth from, YearMonth to, long baseline, Double percent, double z, boolean significant,
            boolean comparable) {

        static Change of(long current, long baseline, YearMonth from, YearMonth to, boolean comparable) {
            PoissonChange test = PoissonChange.of(current, baseline);
            Double percent = baseline == 0 ? null : 100.0 * (current - baseline) / baseline;
            return new Change(from, to, baseline, percent, test.z(), comparable && test.significant(), comparable);
        }
    }
}
