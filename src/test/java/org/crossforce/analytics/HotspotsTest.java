package org.crossforce.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crossforce.geography.GridCell;
import org.junit.jupiter.api.Test;

/** The hotspot layers on a small made-up territory of 10 × 10 cells, where the answer is plain to see. */
class HotspotsTest {

    private static final int SIZE = 250;
    private static final StudyArea TERRITORY = StudyArea.of(square(), SIZE);

    @Test
    void giStarMarksABusyBlockAsAHotspotAndLeavesQuietCellsAlone() {
        Map<String, Long> counts = new HashMap<>();
        for (GridCell cell : block(4, 4)) {
            counts.put(cell.id(), 30L);
        }
        counts.put(at(0, 9).id(), 1L);
        counts.put("250-0-0", 500L); // outside the territory: left out, as a crime beyond the boundary is

        List<HotspotCell> cells = Hotspots.gi(TERRITORY, counts);

        HotspotCell middle = cells.stream().filter(c -> c.cell().equals(at(5, 5))).findFirst().orElseThrow();
        assertThat(middle.confidence()).isEqualTo(99);
        assertThat(middle.count()).isEqualTo(30);
        HotspotCell corner = cells.stream().filter(c -> c.cell().equals(at(0, 9))).findFirst().orElseThrow();
        assertThat(corner.confidence()).isZero();
        assertThat(cells).noneMatch(c -> c.id().equals("250-0-0"));
    }

    @Test
    void anAlwaysBusyPlaceIsAPersistentHotspot() {
        int months = 12;
        Map<String, long[]> counts = new HashMap<>();
        for (GridCell cell : block(1, 1)) {
            counts.put(cell.id(), filled(months, 25));
        }
        counts.put(at(8, 8).id(), filled(months, 1));

        Map<GridCell, String> found = categories(counts, months);

        assertThat(found.get(at(2, 2))).isEqualTo("persistent");
        assertThat(found).doesNotContainKey(at(8, 8));
    }

    @Test
    void aPlaceThatHeatsUpInTheLastMonthsIsAnEmergingHotspot() {
        int months = 12;
        Map<String, long[]> counts = new HashMap<>();
        for (GridCell cell : block(6, 6)) {
            long[] rising = new long[months];
            for (int m = 0; m < months; m++) {
                rising[m] = m < 8 ? 0 : 10L * (m - 6);
            }
            counts.put(cell.id(), rising);
        }
        for (int x = 0; x < 10; x += 3) {
            for (int y = 0; y < 10; y += 3) {
                counts.putIfAbsent(at(x, y).id(), filled(months, 2));
            }
        }

        Map<GridCell, String> found = categories(counts, months);

        assertThat(found.get(at(7, 7))).isEqualTo("consecutive");
        assertThat(found).doesNotContainKey(at(0, 0));
    }

    /** Each categorised cell, with one month in the middle never delivered: left out, not read as quiet. */
    private static Map<GridCell, String> categories(Map<String, long[]> counts, int months) {
        boolean[] delivered = new boolean[months];
        java.util.Arrays.fill(delivered, true);
        delivered[3] = false;
        for (long[] row : counts.values()) {
            row[3] = 0;
        }
        Map<GridCell, String> found = new HashMap<>();
        Hotspots.emerging(TERRITORY, counts, delivered).forEach(c -> found.put(c.cell(), c.category()));
        return found;
    }

    @Test
    void theKernelDensityLayerScoresEachCellByDensityAndKeepsItsCount() {
        Map<String, Long> fine = Map.of(GridCell.at(at(5, 5).centre(), 100).id(), 8L);
        Map<String, Long> counts = Map.of(at(5, 5).id(), 8L);

        List<HotspotCell> cells = Hotspots.kde(fine, counts, SIZE, 500);

        HotspotCell peak = cells.stream().max(java.util.Comparator.comparingDouble(HotspotCell::score)).orElseThrow();
        assertThat(peak.cell()).isEqualTo(at(5, 5));
        assertThat(peak.count()).isEqualTo(8);
        assertThat(cells).allMatch(c -> c.cell().equals(at(5, 5)) || c.count() == 0);
    }

    private static List<GridCell> square() {
        List<GridCell> cells = new ArrayList<>();
        for (int x = 0; x < 10; x++) {
            for (int y = 0; y < 10; y++) {
                cells.add(at(x, y));
            }
        }
        return cells;
    }

    /** The 3 × 3 cells from (x, y) up and to the right. */
    private static List<GridCell> block(int x, int y) {
        List<GridCell> cells = new ArrayList<>();
        for (int dx = 0; dx < 3; dx++) {
            for (int dy = 0; dy < 3; dy++) {
                cells.add(at(x + dx, y + dy));
            }
        }
        return cells;
    }

    private static GridCell at(int x, int y) {
        return new GridCell(SIZE, 530_000 + x * SIZE, 180_000 + y * SIZE);
    }

    private static long[] filled(int months, long value) {
        long[] row = new long[months];
        java.util.Arrays.fill(row, value);
        return row;
    }
}
