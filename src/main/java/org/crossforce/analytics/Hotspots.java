package org.crossforce.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crossforce.geography.GridCell;
import org.crossforce.geography.NationalGrid;

/**
 * The four hotspot layers worked out from counts per cell: plain counts, a kernel density
 * surface, Gi* with its confidence classes, and emerging hotspots over the months.
 */
final class Hotspots {

    private Hotspots() {
    }

    /** Each cell with crimes, scored by its count. */
    static List<HotspotCell> count(Map<String, Long> counts) {
        List<HotspotCell> cells = new ArrayList<>(counts.size());
        counts.forEach((id, n) -> cells.add(new HotspotCell(GridCell.parse(id), n, n, null, null, null, null, null)));
        return cells;
    }

    /**
     * The density at each cell's centre, in crimes per km² over the period. Each crime sits at the
     * centre of its 100 m square: a shift of at most 71 m, less than the anonymisation of the
     * published points themselves.
     *
     * @param fine   crimes per 100 m cell
     * @param counts crimes per cell of the layer's size, for each cell's count
     */
    static List<HotspotCell> kde(Map<String, Long> fine, Map<String, Long> counts, int size, double bandwidth) {
        Map<NationalGrid.Point, Long> points = new HashMap<>(fine.size() * 2);
        fine.forEach((id, n) -> points.merge(GridCell.parse(id).centre(), n, Long::sum));
        List<HotspotCell> cells = new ArrayList<>();
        KernelDensity.surface(points, size, bandwidth).forEach((cell, density) -> cells.add(new HotspotCell(cell,
                counts.getOrDefault(cell.id(), 0L), density, null, null, null, null, null)));
        return cells;
    }

    /** The density of every cell of the study area, in its order: the prediction of the KDE method. */
    static double[] kdeScores(StudyArea study, Map<String, Long> fine, double bandwidth) {
        Map<NationalGrid.Point, Long> points = new HashMap<>(fine.size() * 2);
        fine.forEach((id, n) -> points.merge(GridCell.parse(id).centre(), n, Long::sum));
        double[] scores = new double[study.count()];
        KernelDensity.surface(points, study.size(), bandwidth).forEach((cell, density) -> {
            int i = study.indexOf(cell);
            if (i >= 0) {
                scores[i] = density;
            }
        });
        return scores;
    }

    /**
     * Gi* over the study area, every cell with a count or a confidence class: hotspots, coldspots,
     * and the cells with crimes that are neither.
     */
    static List<HotspotCell> gi(StudyArea study, Map<String, Long> counts) {
        double[] values = values(study, counts);
        double[] z = GiStar.z(values, study.neighbours());
        int[] classes = FalseDiscovery.confidence(z);
        List<HotspotCell> cells = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 0 || classes[i] != 0) {
                cells.add(new HotspotCell(study.cell(i), (long) values[i], z[i], z[i], FalseDiscovery.p(z[i]),
                        classes[i], null, null));
            }
        }
        return cells;
    }

    /**
     * Emerging hotspots: Gi* each month over the same study area, the class of each month after
     * the false discovery rate, and the Mann-Kendall trend of each cell's monthly z-scores. Months
     * without data are left out, not read as quiet.
     *
     * @param counts    crimes per cell and month, the months as in {@code delivered}
     * @param delivered which months hold data
     * @return the cells in any category but none
     */
    static List<HotspotCell> emerging(StudyArea study, Map<String, long[]> counts, boolean[] delivered) {
        int months = 0;
        for (boolean d : delivered) {
            months += d ? 1 : 0;
        }
        int n = study.count();
        double[][] z = new double[months][];
        int[][] classes = new int[months][];
        long[] totals = new long[n];
        List<long[]> rows = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        counts.forEach((id, row) -> {
            int i = study.indexOf(GridCell.parse(id));
            if (i >= 0) {
                rows.add(row);
                positions.add(i);
            }
        });
        int[][] band = study.neighbours();
        int m = 0;
        for (int month = 0; month < delivered.length; month++) {
            if (!delivered[month]) {
                continue;
            }
            double[] values = new double[n];
            for (int r = 0; r < rows.size(); r++) {
                int i = positions.get(r);
                values[i] = rows.get(r)[month];
                totals[i] += rows.get(r)[month];
            }
            z[m] = GiStar.z(values, band);
            classes[m] = FalseDiscovery.confidence(z[m]);
            m++;
        }
        List<HotspotCell> cells = new ArrayList<>();
        if (months == 0) {
            return cells;
        }
        double[] series = new double[months];
        int[] history = new int[months];
        for (int i = 0; i < n; i++) {
            boolean everHot = false;
            for (int k = 0; k < months; k++) {
                history[k] = classes[k][i];
                series[k] = z[k][i];
                everHot |= history[k] >= 90;
            }
            if (!everHot) {
                continue;
            }
            double trend = MannKendall.z(series);
            EmergingHotspot category = EmergingHotspot.of(history, trend);
            if (category != EmergingHotspot.NONE) {
                double last = series[months - 1];
                cells.add(new HotspotCell(study.cell(i), totals[i], trend, last, FalseDiscovery.p(last),
                        history[months - 1], trend, category.label()));
            }
        }
        return cells;
    }

    /** Each study cell's count, in the study's order; crimes outside the area are left out. */
    static double[] values(StudyArea study, Map<String, Long> counts) {
        double[] values = new double[study.count()];
        counts.forEach((id, n) -> {
            int i = study.indexOf(GridCell.parse(id));
            if (i >= 0) {
                values[i] = n;
            }
        });
        return values;
    }
}
