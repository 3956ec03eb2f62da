package org.crossforce.analytics;

import java.time.YearMonth;
import java.util.List;

/**
 * A hotspot layer for the map: never more cells than a browser draws with ease, the hottest first.
 *
 * @param cellSize   metres a side
 * @param bandwidth  the kernel's reach in metres (kde), else 0
 * @param studyCells the cells of the study area, empty ones included (gi, emerging), else 0
 * @param matched    how many cells the method gave a value to, before the limit
 * @param crimes     crimes in the selection that have a place on the map
 * @param unlocated  crimes in the selection without coordinates: counted in the figures, not on the map
 */
public record HotspotLayer(HotspotMethod method, int cellSize, double bandwidth, YearMonth from, YearMonth to,
        int studyCells, int matched, long crimes, long unlocated, List<HotspotCell> cells) {

    public HotspotLayer {
        cells = List.copyOf(cells);
    }

    public boolean truncated() {
        return cells.size() < matched;
    }
}
