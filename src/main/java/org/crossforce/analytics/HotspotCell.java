package org.crossforce.analytics;

import java.util.List;

import org.crossforce.geography.GridCell;
import org.crossforce.geography.NationalGrid;

/**
 * One grid cell of a hotspot layer.
 *
 * @param count      crimes in the cell over the period
 * @param score      what the layer ranks by: the count, the density (crimes per km²), the Gi* z,
 *                   or for emerging hotspots the Mann-Kendall trend
 * @param z          Gi* z-score (gi: over the period; emerging: of the last month), else null
 * @param p          two-sided p-value of {@code z}, else null
 * @param confidence -99, -95, -90, 0, 90, 95 or 99 after the false discovery rate (negative: a coldspot), else null
 * @param trend      the Mann-Kendall z of the cell's monthly Gi* z-scores (emerging), else null
 * @param category   the emerging hotspot category (emerging), else null
 */
public record HotspotCell(GridCell cell, long count, double score, Double z, Double p, Integer confidence,
        Double trend, String category) {

    public String id() {
        return cell.id();
    }

    /** The square's corners in latitude and longitude, closed. */
    public List<NationalGrid.LatLon> ring() {
        return cell.ring();
    }
}
