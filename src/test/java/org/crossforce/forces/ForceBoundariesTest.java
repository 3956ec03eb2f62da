package org.crossforce.forces;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossforce.shared.ForceCode;
import org.junit.jupiter.api.Test;

class ForceBoundariesTest {

    private static final ForceBoundaries BOUNDARIES = new ForceBoundaries();

    @Test
    void everyAreaForceHasItsBoundaryAndTheRailwayPoliceNone() {
        Forces forces = new Forces();
        assertThat(BOUNDARIES.all()).hasSize(44);
        forces.all().stream().map(Force::code).filter(c -> !c.value().equals("btp"))
                .forEach(c -> assertThat(BOUNDARIES.of(c)).as(c.value()).isPresent());
        assertThat(BOUNDARIES.of(ForceCode.of("btp"))).isEmpty();
    }

    @Test
    void aPointFallsInTheForceThatPolicesIt() {
        assertThat(BOUNDARIES.at(51.5155, -0.0922)).contains(ForceCode.of("city-of-london")); // Guildhall
        assertThat(BOUNDARIES.at(51.5450, -0.0553)).contains(ForceCode.of("metropolitan")); // Hackney
        assertThat(BOUNDARIES.at(51.3890, 1.3863)).contains(ForceCode.of("kent")); // Margate
        assertThat(BOUNDARIES.at(53.4808, -2.2426)).contains(ForceCode.of("greater-manchester"));
        assertThat(BOUNDARIES.at(51.4816, -3.1791)).contains(ForceCode.of("south-wales")); // Cardiff
        assertThat(BOUNDARIES.at(54.5973, -5.9301)).contains(ForceCode.of("northern-ireland")); // Belfast
    }

    @Test
    void theSeaIsNoForcesArea() {
        assertThat(BOUNDARIES.at(51.0, 2.0)).isEmpty(); // mid-Channel
        assertThat(BOUNDARIES.at(48.8566, 2.3522)).isEmpty(); // Paris
    }

    /**
     * A corner of Kent's boundary that the Met's boundary also covers lies on the border between
     * them: it goes to one of the two, and always to the same one.
     */
    @Test
    void aPointOnTheBorderBetweenTwoForcesGoesToOneOfThemAlways() {
        var met = BOUNDARIES.of(ForceCode.of("metropolitan")).orElseThrow();
        var factory = new org.locationtech.jts.geom.GeometryFactory();
        org.locationtech.jts.geom.Coordinate border = java.util.Arrays.stream(
                        BOUNDARIES.of(ForceCode.of("kent")).orElseThrow().getCoordinates())
                .filter(c -> met.covers(factory.createPoint(c))).findFirst().orElseThrow();

        var first = BOUNDARIES.at(border.y, border.x);

        assertThat(first).isPresent();
        assertThat(first.get().value()).isIn("kent", "metropolitan");
        for (int i = 0; i < 5; i++) {
            assertThat(BOUNDARIES.at(border.y, border.x)).isEqualTo(first);
        }
    }
}
