package org.crossforce.analytics;

import java.time.YearMonth;
import java.util.List;

import org.crossforce.shared.ForceCode;

/**
 * How well hotspots drawn from the months before would have foretold a month, for each method.
 *
 * @param type   the crime type, or null for all
 * @param train  how many months before {@code month} each method learnt from
 * @param cells  the cells of the force's territory: the area that 1 % and 5 % are shares of
 * @param crimes the month's located crimes
 * @param learnt the located crimes of the months learnt from
 */
public record AccuracyTable(ForceCode force, String type, YearMonth month, int train, int cellSize, int cells,
        long crimes, long learnt, List<MethodAccuracy> methods) {

    /**
     * PAI and PEI* with 1 % and 5 % of the area flagged; null when the month had no crimes.
     */
    public record MethodAccuracy(HotspotMethod method, Double pai1, Double pei1, Double pai5, Double pei5) {

        static MethodAccuracy of(HotspotMethod method, double pai1, double pei1, double pai5, double pei5) {
            return new MethodAccuracy(method, orNull(pai1), orNull(pei1), orNull(pai5), orNull(pei5));
        }

        private static Double orNull(double value) {
            return Double.isNaN(value) ? null : value;
        }
    }
}
