package org.crossforce.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crossforce.forces.ForceBoundaries;
import org.crossforce.forces.Forces;
import org.crossforce.shared.ForceCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The demo's generated crime: the same files at every start, shaped as data.police.uk's, inside
 * each force's area, and with the hotspots a supervisor is meant to find on the dashboard.
 */
class DemoCrimeTest {

    private static final ForceCode KENT = ForceCode.of("kent");
    private static final ForceCode MET = ForceCode.of("metropolitan");
    private static final ForceBoundaries BOUNDARIES = new ForceBoundaries();
    private static final DemoCrime CRIME = new DemoCrime(BOUNDARIES, new Forces());
    private static final Map<YearMonth, List<CrimeRow>> KENT_MONTHS = CRIME.generate(KENT);
    private static final Map<YearMonth, List<CrimeRow>> MET_MONTHS = CRIME.generate(MET);
    /** The area around a point the checks below count in: a disc of 250 m, 0.196 km². */
    private static final double RADIUS = 250;

    @Test
    void everyStartWritesTheSameBytes(@TempDir Path dir) throws IOException {
        List<Path> first = CRIME.write(KENT, dir.resolve("first"));
        List<Path> second = new DemoCrime(new ForceBoundaries(), new Forces()).write(KENT, dir.resolve("second"));

        assertThat(first).hasSize(24);
        assertThat(first.getFirst().getFileName()).hasToString("2018-12-kent-street.csv");
        assertThat(first.getLast().getFileName()).hasToString("2020-11-kent-street.csv");
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).getFileName()).isEqualTo(first.get(i).getFileName());
            assertThat(Files.mismatch(first.get(i), second.get(i))).as(first.get(i).getFileName().toString()).isEqualTo(-1);
        }
    }

    @Test
    void theFilesReadAsDataPoliceUkStreetFiles(@TempDir Path dir) throws IOException {
        Path march = CRIME.write(MET, dir).get(3);
        String realHeader;
        try (InputStream real = getClass().getResourceAsStream("/demo/crime/city-of-london/2019-03-city-of-london-street.csv")) {
            realHeader = new String(real.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        }

        assertThat(march.getFileName()).hasToString("2019-03-metropolitan-street.csv");
        assertThat(Files.readAllLines(march).getFirst()).isEqualTo(realHeader);
        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(march)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        assertThat(rows).hasSize(MET_MONTHS.get(YearMonth.of(2019, 3)).size()).allSatisfy(row -> {
            assertThat(row.get("Month")).isEqualTo("2019-03");
            assertThat(row.get("Reported by")).isEqualTo("Metropolitan Police Service");
            assertThat(row.get("Falls within")).isEqualTo("Metropolitan Police Service");
            if (row.get("Crime type").equals("Anti-social behaviour")) {
                assertThat(row.get("Crime ID")).isEmpty();
                assertThat(row.get("Last outcome category")).isEmpty();
            } else {
                assertThat(row.get("Crime ID")).matches("[0-9a-f]{64}");
                assertThat(row.get("Last outcome category")).isNotEmpty();
            }
            if (row.get("Location").equals("No location")) {
                assertThat(row.get("Longitude") + row.get("Latitude") + row.get("LSOA code")).isEmpty();
            } else {
                assertThat(row.get("Location")).startsWith("On or near ");
                assertThat(row.get("Longitude")).matches("-?\\d\\.\\d{6}");
                assertThat(row.get("LSOA code")).matches("E01\\d{6}");
                assertThat(row.get("LSOA name")).matches("[A-Za-z ]+ \\d{3}[A-D]");
            }
        });
        Set<String> ids = rows.stream().map(r -> r.get("Crime ID")).filter(id -> !id.isEmpty()).collect(Collectors.toSet());
        assertThat(ids).hasSize((int) rows.stream().filter(r -> !r.get("Crime ID").isEmpty()).count());
    }

    @Test
    void allFourteenCategoriesAppearInTheirUsualSharesAndAFewCrimesHaveNoLocation() {
        List<CrimeRow> all = KENT_MONTHS.values().stream().flatMap(List::stream).toList();
        Map<CrimeCategory, Long> counts = all.stream().collect(Collectors.groupingBy(CrimeRow::category, Collectors.counting()));
        long unlocated = all.stream().filter(r -> !r.located()).count();

        // Kent: 21,636 rows, 6,340 of them anti-social behaviour (29 %), 5,073 violence (23 %), 204
        // without a location (0.9 %).
        assertThat(counts.keySet()).isEqualTo(EnumSet.allOf(CrimeCategory.class));
        assertThat(share(counts, CrimeCategory.ANTI_SOCIAL_BEHAVIOUR, all)).isBetween(0.25, 0.35);
        assertThat(share(counts, CrimeCategory.VIOLENCE_AND_SEXUAL_OFFENCES, all)).isBetween(0.2, 0.3);
        assertThat((double) unlocated / all.size()).isBetween(0.005, 0.015);
        assertThat(all.stream().filter(r -> !r.located()))
                .allSatisfy(r -> assertThat(r.category()).isNotEqualTo(CrimeCategory.ANTI_SOCIAL_BEHAVIOUR));
    }

    @Test
    void everyLocatedCrimeIsInsideItsForceArea() {
        for (Map.Entry<ForceCode, Map<YearMonth, List<CrimeRow>>> force : Map.of(KENT, KENT_MONTHS, MET, MET_MONTHS).entrySet()) {
            PreparedGeometry area = PreparedGeometryFactory.prepare(BOUNDARIES.of(force.getKey()).orElseThrow());
            GeometryFactory points = new GeometryFactory();
            assertThat(force.getValue().values().stream().flatMap(List::stream).filter(CrimeRow::located))
                    .as(force.getKey().value())
                    .allSatisfy(r -> assertThat(area.covers(points.createPoint(
                            new Coordinate(r.point().longitude(), r.point().latitude())))).isTrue());
        }
    }

    @Test
    void aForcesMonthIsBusierInSummerAndTheFirstLockdownEmptiedTheStreets() {
        for (Map<YearMonth, List<CrimeRow>> months : List.of(KENT_MONTHS, MET_MONTHS)) {
            assertThat(months.values().stream().map(List::size)).allSatisfy(n -> assertThat(n).isBetween(600, 1200));
            assertThat(months.get(YearMonth.of(2019, 7)).size()).isGreaterThan(months.get(YearMonth.of(2019, 1)).size());
            Predicate<CrimeRow> crime = r -> r.category() != CrimeCategory.ANTI_SOCIAL_BEHAVIOUR;
            long april2019 = months.get(YearMonth.of(2019, 4)).stream().filter(crime).count();
            long april2020 = months.get(YearMonth.of(2020, 4)).stream().filter(crime).count();
            assertThat(april2020).isLessThan(april2019);
        }
    }

    @Test
    void margateTownCentreIsAPersistentHotspot() {
        Geometry kent = BOUNDARIES.of(KENT).orElseThrow();
        double km2 = kent.getArea() * 111.32 * 111.32 * Math.cos(Math.toRadians(kent.getCentroid().getY()));
        long located = KENT_MONTHS.values().stream().flatMap(List::stream).filter(CrimeRow::located).count();
        double average = located / km2 / 24 * Math.PI * RADIUS * RADIUS / 1e6;
        List<Long> margate = monthly(KENT_MONTHS, 51.3893, 1.3830, RADIUS, r -> true);
        List<Long> canterbury = monthly(KENT_MONTHS, 51.2790, 1.0790, RADIUS, r -> true);

        // Kent: 21,432 located crimes over 3,903 km² in 24 months, 0.23 a km² a month: 0.045 a month
        // within 250 m of a point, on average. Within 250 m of Margate's High Street: 55 to 93 a
        // month, 1,778 in all (74 a month, some 1,600 times the average); of Canterbury's, an
        // ordinary town centre: 0 to 7 a month, 85 in all.
        assertThat(margate).allSatisfy(n -> assertThat(n).isGreaterThan(50));
        assertThat(sum(margate)).isGreaterThan(5 * sum(canterbury));
        assertThat(sum(margate) / 24.0).isGreaterThan(1000 * average);
    }

    @Test
    void ramsgateHarbourIsQuietUntilMarch2020ThenRisesMonthOnMonth() {
        List<Long> harbour = monthly(KENT_MONTHS, 51.3312, 1.4185, RADIUS, r -> true);

        // Within 250 m of the harbour, 2018-12 to 2020-02: 1 2 1 3 5 5 2 1 1 4 3 3 2 0 3 (2.4 a month);
        // 2020-03 to 2020-11: 12 20 26 34 41 47 64 71 91, up every month.
        List<Long> quiet = harbour.subList(0, 15);
        List<Long> rising = harbour.subList(15, 24);
        assertThat(quiet).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(10));
        assertThat(rising.subList(6, 9)).allSatisfy(n -> assertThat(n).isGreaterThan(50));
        long ups = 0;
        for (int i = 1; i < rising.size(); i++) {
            ups += rising.get(i) > rising.get(i - 1) ? 1 : 0;
        }
        assertThat(ups).as("months that beat the month before, of 8").isGreaterThanOrEqualTo(6);
    }

    @Test
    void cliftonvilleHasItsOwnBurglaries() {
        Predicate<CrimeRow> burglary = r -> r.category() == CrimeCategory.BURGLARY;
        long burglaries = sum(monthly(KENT_MONTHS, 51.3900, 1.3975, 300, burglary));
        long all = sum(monthly(KENT_MONTHS, 51.3900, 1.3975, 300, r -> true));
        long kentBurglaries = KENT_MONTHS.values().stream().flatMap(List::stream).filter(burglary).count();
        long kentAll = KENT_MONTHS.values().stream().mapToLong(List::size).sum();

        // Within 300 m of Dalby Square: 452 burglaries of 836 crimes (54 %); in all Kent 1,295 of
        // 21,636 (6 %).
        assertThat((double) burglaries / all).isGreaterThan(5.0 * kentBurglaries / kentAll);
    }

    /** Crimes a month within the distance of a point, oldest month first. */
    private static List<Long> monthly(Map<YearMonth, List<CrimeRow>> months, double latitude, double longitude,
            double metres, Predicate<CrimeRow> which) {
        return months.values().stream().map(rows -> rows.stream().filter(CrimeRow::located).filter(which)
                .filter(r -> metres(r.point(), latitude, longitude) < metres).count()).toList();
    }

    private static double metres(SnapPoint point, double latitude, double longitude) {
        double north = (point.latitude() - latitude) * 111_320;
        double east = (point.longitude() - longitude) * 111_320 * Math.cos(Math.toRadians(latitude));
        return Math.hypot(north, east);
    }

    private static long sum(List<Long> counts) {
        return counts.stream().mapToLong(Long::longValue).sum();
    }

    private static double share(Map<CrimeCategory, Long> counts, CrimeCategory category, List<CrimeRow> all) {
        return (double) counts.get(category) / all.size();
    }
}
