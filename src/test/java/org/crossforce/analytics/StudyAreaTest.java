package org.crossforce.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crossforce.forces.ForceBoundaries;
import org.crossforce.geography.GridCell;
import org.crossforce.geography.NationalGrid;
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
}
