package org.crossforce.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.crossforce.geography.GridCell;
import org.crossforce.geography.NationalGrid;
import org.junit.jupiter.api.Test;

/** Each statistic against an example worked by hand. */
class HotspotStatisticsTest {

    @Test
    void aChangeIsFlaggedOnlyWhenItIsMoreThanChance() {
        // 2(√25 − √16) = 2(5 − 4) = 2.0
        assertThat(PoissonChange.of(25, 16).z()).isCloseTo(2.0, within(1e-9));
        assertThat(PoissonChange.of(25, 16).significant()).isTrue();
        // A "67 % rise" on small numbers: 2(√5 − √3) = 2(2.2361 − 1.7321) = 1.0080
        assertThat(PoissonChange.of(5, 3).z()).isCloseTo(1.0080, within(1e-4));
        assertThat(PoissonChange.of(5, 3).significant()).isFalse();
        // A fall: 2(√9 − √25) = 2(3 − 5) = −4.0
        assertThat(PoissonChange.of(9, 25).z()).isCloseTo(-4.0, within(1e-9));
        assertThat(PoissonChange.of(9, 25).significant()).isTrue();
    }

    @Test
    void giStarOfOneBusyCellInARowOfFive() {
        // x = 0 0 10 0 0, each cell's band is itself and the cells either side.
        // n = 5, mean 2, S = √(100/5 − 4) = 4.
        // Middle: (10 − 2·3) / (4 √((5·3 − 9)/4)) = 4 / (4 · 1.2247) = 0.8165.
        // First: (0 − 2·2) / (4 √((5·2 − 4)/4)) = −4 / 4.899 = −0.8165.
        double[] x = {0, 0, 10, 0, 0};
        int[][] band = {{0, 1}, {0, 1, 2}, {1, 2, 3}, {2, 3, 4}, {3, 4}};

        double[] z = GiStar.z(x, band);

        assertThat(z[2]).isCloseTo(0.8165, within(1e-4));
        assertThat(z[1]).isCloseTo(0.8165, within(1e-4));
        assertThat(z[0]).isCloseTo(-0.8165, within(1e-4));
        assertThat(z[4]).isCloseTo(-0.8165, within(1e-4));
    }

    @Test
    void giStarSeesNothingWhereEveryCellIsTheSame() {
        assertThat(GiStar.z(new double[] {3, 3, 3}, new int[][] {{0, 1}, {0, 1, 2}, {1, 2}})).containsOnly(0.0);
    }

    @Test
    void theFalseDiscoveryRateKeepsOnlyWhatSurvivesTestingEveryCell() {
        // m = 4, p sorted 0.001 0.02 0.04 0.5.
        // α = 0.01: k/m·α = 0.0025 ...; only 0.001 passes           -> 99
        // α = 0.05: 0.0125, 0.025, 0.0375, 0.05; 0.001, 0.02 pass   -> 95
        // α = 0.10: 0.025, 0.05, 0.075, 0.1; 0.001, 0.02, 0.04 pass -> 90
        assertThat(FalseDiscovery.levels(new double[] {0.04, 0.5, 0.001, 0.02})).containsExactly(90, 0, 99, 95);
        // 0.04 alone among many ordinary cells is no discovery: k/m·α = 1/20·0.10 = 0.005.
        double[] many = new double[20];
        java.util.Arrays.fill(many, 0.6);
        many[0] = 0.04;
        assertThat(FalseDiscovery.levels(many)[0]).isZero();
    }

    @Test
    void aColdspotHasANegativeClass() {
        // z = ±3.0: p = 0.0027 each, m = 2: 0.0027 ≤ 1/2·0.01 = 0.005.
        assertThat(FalseDiscovery.confidence(new double[] {3.0, -3.0})).containsExactly(99, -99);
        assertThat(FalseDiscovery.p(1.959964)).isCloseTo(0.05, within(1e-6));
    }

    @Test
    void mannKendallReadsARiseAndCorrectsForTies() {
        // 1 2 3 4 5: S = 10, Var = 5·4·15/18 = 16.667, z = (10 − 1)/4.0825 = 2.2045.
        assertThat(MannKendall.z(new double[] {1, 2, 3, 4, 5})).isCloseTo(2.2045, within(1e-4));
        // 1 1 2: S = 0 + 1 + 1 = 2, Var = (3·2·11 − 2·1·9)/18 = 2.6667, z = (2 − 1)/1.6330 = 0.6124.
        assertThat(MannKendall.z(new double[] {1, 1, 2})).isCloseTo(0.6124, within(1e-4));
        // A missing month is left out, not read as zero: 5 NaN 4 3 is 5 4 3, z = (−3 + 1)/√(3·2·11/18) = −1.0445.
        assertThat(MannKendall.z(new double[] {5, Double.NaN, 4, 3})).isCloseTo(-1.0445, within(1e-4));
        assertThat(MannKendall.z(new double[] {4, 4, 4, 4})).isZero();
    }

    @Test
    void hotspotAccuracyComparesWhatWasCaughtWithTheAreaAndWithTheBestPossible() {
        // Ten cells; the method scores cell 0 highest, then cell 1. The month: 3, 0, 5, 1, 1 and zeros, N = 10.
        double[] predicted = {9, 8, 7, 1, 1, 1, 1, 1, 1, 1};
        long[] actual = {3, 0, 5, 1, 1, 0, 0, 0, 0, 0};
        // 10 % of the area is one cell: n = 3, PAI = (3/10)/(1/10) = 3.0; the best cell holds 5: PEI* = 0.6.
        HotspotAccuracy tenth = HotspotAccuracy.of(predicted, actual, 0.10);
        assertThat(tenth.cells()).isEqualTo(1);
        assertThat(tenth.pai()).isCloseTo(3.0, within(1e-9));
        assertThat(tenth.pei()).isCloseTo(0.6, within(1e-9));
        // 20 %: cells 0 and 1 catch 3, PAI = 0.3/0.2 = 1.5; the best two hold 8: PEI* = 0.375.
        HotspotAccuracy fifth = HotspotAccuracy.of(predicted, actual, 0.20);
        assertThat(fifth.pai()).isCloseTo(1.5, within(1e-9));
        assertThat(fifth.pei()).isCloseTo(0.375, within(1e-9));
        // A month without crimes says nothing about the method.
        assertThat(HotspotAccuracy.of(predicted, new long[10], 0.10).pai()).isNaN();
    }

    @Test
    void kernelDensityOfOneCrimeFallsAwayWithDistance() {
        // One crime at the centre of cell 100-1000-2000 (1050, 2050); h = 500 m.
        // At its own cell, d = 0: 3/(π·500²) per m² = 3.8197 per km².
        // The cell 300 m east, d = 300: (1 − 0.36)² = 0.4096 of that = 1.5646.
        // 500 m east, d = h: nothing.
        var surface = KernelDensity.surface(java.util.List.of(new NationalGrid.Point(1050, 2050)), 100, 500);
        assertThat(surface.get(GridCell.parse("100-1000-2000"))).isCloseTo(3.8197, within(1e-4));
        assertThat(surface.get(GridCell.parse("100-1300-2000"))).isCloseTo(1.5646, within(1e-4));
        assertThat(surface).doesNotContainKey(GridCell.parse("100-1500-2000"));
        // Two crimes in one place: twice the density.
        var twice = KernelDensity.surface(java.util.List.of(new NationalGrid.Point(1050, 2050),
                new NationalGrid.Point(1050, 2050)), 100, 500);
        assertThat(twice.get(GridCell.parse("100-1000-2000"))).isCloseTo(2 * 3.8197, within(1e-4));
    }

    @Test
    void aCellsMonthsSayWhatKindOfHotspotItIs() {
        assertThat(EmergingHotspot.of(new int[] {0, 0, 0, 0, 95}, 1.0)).isEqualTo(EmergingHotspot.NEW);
        assertThat(EmergingHotspot.of(new int[] {0, 0, 0, 90, 99}, 1.0)).isEqualTo(EmergingHotspot.CONSECUTIVE);
        int[] always = {90, 95, 95, 99, 99, 99, 99, 99, 99, 99};
        assertThat(EmergingHotspot.of(always, 2.5)).isEqualTo(EmergingHotspot.INTENSIFYING);
        assertThat(EmergingHotspot.of(always, 0.3)).isEqualTo(EmergingHotspot.PERSISTENT);
        assertThat(EmergingHotspot.of(always, -2.5)).isEqualTo(EmergingHotspot.DIMINISHING);
        assertThat(EmergingHotspot.of(new int[] {95, 0, 95, 0, 95}, 0)).isEqualTo(EmergingHotspot.SPORADIC);
        assertThat(EmergingHotspot.of(new int[] {-95, 0, 0, 0, 95}, 0)).isEqualTo(EmergingHotspot.OSCILLATING);
        assertThat(EmergingHotspot.of(new int[] {95, 95, 95, 95, 95, 95, 95, 95, 95, 95, 0}, 0))
                .isEqualTo(EmergingHotspot.HISTORICAL);
        assertThat(EmergingHotspot.of(new int[] {0, -90, 0, 0, 0}, 0)).isEqualTo(EmergingHotspot.NONE);
        assertThat(EmergingHotspot.NEW.label()).isEqualTo("new");
    }

    @Test
    void benjaminiAndHochbergsOwnExampleRejectsFourAtFivePerCent() {
        // Benjamini and Hochberg (1995), section 4: fifteen p-values from a trial of thrombolytic
        // treatments; at q = 0.05 the procedure rejects the four smallest (p ≤ 0.0095), where
        // Bonferroni rejects three. At 0.01 the first three survive (0.0019 ≤ 3/15·0.01 = 0.002);
        // at 0.10 the first nine (0.0459 ≤ 9/15·0.10 = 0.06).
        double[] p = {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262,
                0.5719, 0.6528, 0.7590, 1.000};

        assertThat(FalseDiscovery.levels(p)).containsExactly(99, 99, 99, 95, 90, 90, 90, 90, 90, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void mannKendallAgreesWithAPublishedExampleWithATie() {
        // "A Mann-Kendall example by hand" (College of the Holy Cross, Montserrat course notes):
        // 14 values with one tie (12.9 twice): S = 54, V = 14·13·33/18 − 2·1·9/18, Z = 2.9058.
        double[] x = {12.9, 14.8, 13.2, 15.7, 13.8, 15.6, 12.9, 11.0, 17.3, 15.9, 19.0, 18.3, 20.1, 21.7};

        assertThat(MannKendall.z(x)).isCloseTo(2.9058, within(1e-4));
    }

    @Test
    void aKernelDensitySurfaceHoldsEveryCrimeItSpreads() {
        // The quartic kernel integrates to one: summed over 100 m cells (0.01 km² each) a surface
        // of three crimes holds three, give or take the cells' coarseness against a 1 km kernel.
        var crimes = java.util.List.of(new NationalGrid.Point(530_010, 180_020), new NationalGrid.Point(530_480, 181_100),
                new NationalGrid.Point(530_480, 181_100));

        double mass = KernelDensity.surface(crimes, 100, 1_000).values().stream().mapToDouble(d -> d * 0.01).sum();

        assertThat(mass).isCloseTo(3.0, within(0.03));
    }
}
