package org.crossforce.cli;

import java.time.YearMonth;
import java.util.Set;

import org.crossforce.analytics.CrimeFilter;
import org.crossforce.analytics.HotspotMethod;
import org.crossforce.analytics.HotspotService;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;

/** A request of the hotspot dashboard, as the REST doors make it: the same arguments, the same defaults. */
enum DashboardRequest {
    HEADLINE("headline figures"),
    TIME_SERIES("time series"),
    FORCES("force comparison"),
    AREAS("top areas (LSOA)"),
    GRID("grid (count)"),
    KDE("kernel density"),
    GI("Gi*"),
    EMERGING("emerging, 12 months"),
    DRILL_DOWN("drill-down, busiest cell"),
    ACCURACY("accuracy (PAI, PEI*)");

    /**
     * What the dashboard is looking at.
     *
     * @param from    null with {@code to} for the twelve months up to the latest, as a dashboard opens
     * @param last    the last month of the period, settled: the month accuracy foretells
     * @param studied the force whose accuracy is measured: the filter's first, or the first of all
     * @param busiest the busiest cell of the selection, for the drill-down; null for the whole selection
     */
    record View(String label, Set<ForceCode> forces, String type, int cellSize, YearMonth from, YearMonth to,
            YearMonth last, ForceCode studied, String busiest) {

        CrimeFilter filter() {
            return new CrimeFilter(forces, type == null ? Set.of() : Set.of(type), from, to, null);
        }

        /** The twelve months up to {@code to}. */
        View ending(YearMonth end) {
            return new View(label, forces, type, cellSize, end.minusMonths(11), end, end, studied, null);
        }

        View busiest(String cell) {
            return new View(label, forces, type, cellSize, from, to, last, studied, cell);
        }
    }

    private final String label;

    DashboardRequest(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    void run(HotspotService hotspots, Caller caller, View view) {
        CrimeFilter filter = view.filter();
        int cell = view.cellSize();
        switch (this) {
            case HEADLINE -> hotspots.headline(caller, filter);
            case TIME_SERIES -> hotspots.timeSeries(caller, filter);
            case FORCES -> hotspots.forces(caller, filter);
            case AREAS -> hotspots.areas(caller, filter, false, cell, 10);
            case GRID -> layer(hotspots, caller, view, HotspotMethod.COUNT);
            case KDE -> layer(hotspots, caller, view, HotspotMethod.KDE);
            case GI -> layer(hotspots, caller, view, HotspotMethod.GI);
            case EMERGING -> layer(hotspots, caller, view, HotspotMethod.EMERGING);
            case DRILL_DOWN -> hotspots.crimes(caller, filter, view.busiest(), null, 0, 50);
            case ACCURACY -> hotspots.accuracy(caller, view.studied(), view.type(), view.last(), 3, cell);
        }
    }

    private static void layer(HotspotService hotspots, Caller caller, View view, HotspotMethod method) {
        hotspots.hotspots(caller, view.filter(), method, view.cellSize(), null, null, HotspotService.MOST_CELLS_SHOWN);
    }
}
