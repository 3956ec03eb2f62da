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
     * PAI and PEI* with 1 % and 5 % of the area flagged; NaN when the month had no crimes.
     */
    public record MethodAccuracy(HotspotMethod method, double pai1, double pei1, double pai5, double pei5) {
    }
}
