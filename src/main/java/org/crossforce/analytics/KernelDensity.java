package org.crossforce.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crossforce.geography.GridCell;
import org.crossforce.geography.NationalGrid;

/**
 * A kernel density surface, as crime analysts draw it: each crime spreads over a disc of radius
 * h with the quartic kernel K(d) = 3 / (π h²) · (1 − d²/h²)², and a cell's density is the sum at
 * its centre, in crimes per km². The kernel reaches exactly h and no further, so only the cells
 * near each crime are visited.
 */
final class KernelDensity {

    private KernelDensity() {
    }

    /**
     * @param crimes    positions on the National Grid
     * @param size      the cell size in metres
     * @param bandwidth h, in metres
     * @return the density of each cell that any crime reaches
     */
    static Map<GridCell, Double> surface(List<NationalGrid.Point> crimes, int size, double bandwidth) {
        Map<NationalGrid.Point, Long> weighted = new java.util.LinkedHashMap<>();
        crimes.forEach(p -> weighted.merge(p, 1L, Long::sum));
        return surface(weighted, size, bandwidth);
    }

    /**
     * @param crimes    positions on the National Grid, each with how many crimes sit on it (many
     *                  share one anonymised point)
     * @param size      the cell size in metres
     * @param bandwidth h, in metres
     * @return the density of each cell that any crime reaches
     */
    static Map<GridCell, Double> surface(Map<NationalGrid.Point, Long> crimes, int size, double bandwidth) {
        if (bandwidth <= 0) {
            throw new IllegalArgumentException("The bandwidth is a distance above zero, not " + bandwidth);
        }
        double h2 = bandwidth * bandwidth;
        double peak = 3 / (Math.PI * h2) * 1_000_000;
        Map<GridCell, Double> density = new HashMap<>();
        for (Map.Entry<NationalGrid.Point, Long> crime : crimes.entrySet()) {
            NationalGrid.Point p = crime.getKey();
            double weight = peak * crime.getValue();
            long west = Math.floorDiv((long) Math.floor(p.easting() - bandwidth), size) * size;
            long south = Math.floorDiv((long) Math.floor(p.northing() - bandwidth), size) * size;
            for (long e = west; e <= p.easting() + bandwidth; e += size) {
                for (long n = south; n <= p.northing() + bandwidth; n += size) {
                    double dx = e + size / 2.0 - p.easting();
                    double dy = n + size / 2.0 - p.northing();
                    double d2 = dx * dx + dy * dy;
                    if (d2 < h2) {
                        double u = 1 - d2 / h2;
                        density.merge(new GridCell(size, e, n), weight * u * u, Double::sum);
                    }
                }
            }
        }
        return density;
    }
}
