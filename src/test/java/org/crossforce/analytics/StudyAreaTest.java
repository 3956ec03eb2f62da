package org.crossforce.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crossforce.forces.ForceBoundaries;
import org.crossforce.geography.GridCell;
import org.crossforce.shared.ForceCode;
import org.junit.jupiter.api.Test;

class StudyAreaTest {

    @Test
    void theCityOfLondonIsAboutFortySixCellsOf250Metres() {
        var city = new ForceBoundaries().of(ForceCode.of("city-of-london")).orElseThrow();

        List<GridCell> cells = StudyArea.cells(city, 250);

        // The City is 2.9 km²: 2,900,000 / 62,500 = 46 cells, give or take the ragged edge.
        assertThat(cells).hasSizeBetween(38, 56);
        assertThat(cells).contains(GridCell.of(51.5155, -0.0922, 250)); // Guildhall
        assertThat(cells).doesNotContain(GridCell.of(51.5450, -0.0553, 250)); // Hackney
        assertThat(StudyArea.cells(city, 1000)).hasSizeBetween(2, 8);
    }

    @Test
    void eachCellsBandIsItselfAndTheNeighboursInsideTheArea() {
        // A 3 × 3 block beside a lone cell two columns away, and a block south of the grid's origin.
        List<GridCell> cells = new java.util.ArrayList<>();
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 3; y++) {
                cells.add(new GridCell(100, 1000 + x * 100, 5000 + y * 100));
                cells.add(new GridCell(100, 9000 + x * 100, -100 + y * 100));
            }
        }
        cells.add(new GridCell(100, 1500, 5100));
        StudyArea area = StudyArea.of(cells, 100);

        int[][] band = area.neighbours();

        assertThat(sizeOf(area, band, new GridCell(100, 1100, 5100))).isEqualTo(9);
        assertThat(sizeOf(area, band, new GridCell(100, 1000, 5000))).isEqualTo(4);
        assertThat(sizeOf(area, band, new GridCell(100, 1500, 5100))).isEqualTo(1);
        assertThat(sizeOf(area, band, new GridCell(100, 9100, 0))).isEqualTo(9);
        assertThat(sizeOf(area, band, new GridCell(100, 9000, -100))).isEqualTo(4);
        for (int i = 0; i < area.count(); i++) {
            for (int j : band[i]) {
                GridCell a = area.cell(i);
                GridCell b = area.cell(j);
                assertThat(Math.abs(a.easting() - b.easting())).isLessThanOrEqualTo(100);
                assertThat(Math.abs(a.northing() - b.northing())).isLessThanOrEqualTo(100);
            }
        }
    }

    private static int sizeOf(StudyArea area, int[][] band, GridCell cell) {
        return band[area.indexOf(cell)].length;
    }
}
