package org.crossforce.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GridCellTest {

    @Test
    void aPlaceFallsOnTheNationalGridWhereTheOrdnanceSurveyPutsIt() {
        // Worked by hand with the Ordnance Survey guide's formulas (Helmert shift WGS84 to OSGB36,
        // then the Transverse Mercator projection on the Airy ellipsoid): 52°39'28.8282"N
        // 1°43'1.1968"E, Caister, is E 651473.76, N 313183.83.
        NationalGrid.Point p = NationalGrid.toGrid(52 + 39 / 60.0 + 28.8282 / 3600, 1 + 43 / 60.0 + 1.1968 / 3600);
        assertThat(p.easting()).isCloseTo(651473.76, within(0.5));
        assertThat(p.northing()).isCloseTo(313183.83, within(0.5));

        NationalGrid.LatLon back = NationalGrid.toLatLon(p.easting(), p.northing());
        assertThat(back.latitude()).isCloseTo(52 + 39 / 60.0 + 28.8282 / 3600, within(1e-6));
        assertThat(back.longitude()).isCloseTo(1 + 43 / 60.0 + 1.1968 / 3600, within(1e-6));
    }

    @Test
    void aCellIsNamedBySizeAndSouthWestCorner() {
        GridCell cell = GridCell.of(52 + 39 / 60.0 + 28.8282 / 3600, 1 + 43 / 60.0 + 1.1968 / 3600, 250);
        assertThat(cell.id()).isEqualTo("250-651250-313000");
        assertThat(GridCell.parse("250-651250-313000")).isEqualTo(cell);
        assertThat(GridCell.of(52 + 39 / 60.0 + 28.8282 / 3600, 1 + 43 / 60.0 + 1.1968 / 3600, 1000).id())
                .isEqualTo("1000-651000-313000");
    }

    @Test
    void aCellsBandIsItselfAndTheEightAroundIt() {
        GridCell cell = GridCell.parse("100-530100-180200");
        assertThat(cell.band()).hasSize(9).contains(cell, GridCell.parse("100-530000-180100"),
                GridCell.parse("100-530200-180300"));
    }

    @Test
    void aCellsRingIsClosedAndAboutItsSizeAcross() {
        GridCell cell = GridCell.parse("1000-533000-181000"); // the City of London
        var ring = cell.ring();
        assertThat(ring).hasSize(5);
        assertThat(ring.getFirst()).isEqualTo(ring.getLast());
        // 1 km east at latitude 51.5° is about 0.0144° of longitude.
        assertThat(ring.get(1).longitude() - ring.get(0).longitude()).isCloseTo(0.0144, within(0.0005));
    }

    @Test
    void onlyTheSizesADashboardOffersAreCells() {
        assertThatThrownBy(() -> GridCell.parse("300-0-0")).hasMessageContaining("100, 250, 500 or 1000");
        assertThatThrownBy(() -> GridCell.parse("250-10-0")).hasMessageContaining("multiple of 250");
        assertThatThrownBy(() -> GridCell.parse("cell 7")).hasMessageContaining("size-easting-northing");
    }

    @Test
    void onlyPlacesOnTheGridGetACellAndCellsOffItsOriginStillReadBack() {
        assertThat(NationalGrid.covers(51.5155, -0.0922)).isTrue(); // Guildhall
        assertThat(NationalGrid.covers(53.2707, -9.0568)).isFalse(); // Galway: west of the grid's origin
        assertThat(NationalGrid.covers(0, 0)).isFalse();
        // A drawn area reaching into the Channel has cells south of the origin.
        GridCell offshore = new GridCell(250, 500_000, -1_000);
        assertThat(offshore.id()).isEqualTo("250-500000--1000");
        assertThat(GridCell.parse(offshore.id())).isEqualTo(offshore);
    }
}
