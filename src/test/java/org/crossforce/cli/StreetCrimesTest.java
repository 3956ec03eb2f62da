package org.crossforce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crossforce.forces.ForceBoundaries;
import org.crossforce.forces.Forces;
import org.crossforce.shared.ForceCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The benchmark's street crime: repeatable, in data.police.uk's own shape, and inside each force. */
class StreetCrimesTest {

    private static final ForceBoundaries BOUNDARIES = new ForceBoundaries();
    private static final StreetCrimes.Plan PLAN = new StreetCrimes.Plan(
            List.of(ForceCode.of("kent"), ForceCode.of("metropolitan")), YearMonth.of(2025, 6), 3, 6_000, 42);

    private final StreetCrimes crimes = new StreetCrimes(BOUNDARIES, new Forces());

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOthers(@TempDir Path one, @TempDir Path two, @TempDir Path three)
            throws IOException {
        List<StreetCrimes.StreetFile> first = crimes.write(PLAN, one);
        List<StreetCrimes.StreetFile> again = crimes.write(PLAN, two);
        List<StreetCrimes.StreetFile> other = crimes.write(new StreetCrimes.Plan(PLAN.forces(), PLAN.last(),
                PLAN.months(), PLAN.records(), 43), three);

        assertThat(first).hasSize(6);
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(again.get(i).path())).isEqualTo(Files.readAllBytes(first.get(i).path()));
            assertThat(Files.readAllBytes(other.get(i).path())).isNotEqualTo(Files.readAllBytes(first.get(i).path()));
        }
        assertThat(first).extracting(f -> f.path().getFileName().toString())
                .contains("2025-04-kent-street.csv", "2025-06-metropolitan-street.csv");
    }

    @Test
    void eachFileHasTheRealHeaderAndItsRowsLieInsideTheForce(@TempDir Path dir) throws IOException {
        GeometryFactory geometry = new GeometryFactory();
        List<CSVRecord> rows = new ArrayList<>();
        for (StreetCrimes.StreetFile file : crimes.write(PLAN, dir)) {
            assertThat(Files.readAllLines(file.path()).getFirst()).isEqualTo(
                    "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
                            + "Crime type,Last outcome category,Context");
            var area = BOUNDARIES.of(file.force()).orElseThrow();
            List<CSVRecord> read = read(file.path());
            assertThat(read).hasSize(file.rows());
            for (CSVRecord row : read) {
                assertThat(row.get("Month")).isEqualTo(file.month().toString());
                if (!row.get("Longitude").isEmpty()) {
                    var point = geometry.createPoint(new Coordinate(Double.parseDouble(row.get("Longitude")),
                            Double.parseDouble(row.get("Latitude"))));
                    assertThat(area.covers(point)).as("%s in %s", row, file.force()).isTrue();
                }
            }
            rows.addAll(read);
        }

        assertThat(rows).hasSize(6_000);
        assertThat(rows.stream().map(r -> r.get("Crime type")).distinct()).hasSize(14);
        long unlocated = rows.stream().filter(r -> r.get("Longitude").isEmpty()).count();
        assertThat(unlocated).isBetween(30L, 100L);
        assertThat(rows.stream().filter(r -> r.get("Longitude").isEmpty()))
                .allMatch(r -> r.get("Location").equals("No location") && r.get("LSOA code").isEmpty());
        assertThat(rows).allMatch(r -> r.get("Crime type").equals(StreetCrimes.ASB)
                ? r.get("Crime ID").isEmpty() && r.get("Last outcome category").isEmpty()
                : r.get("Crime ID").matches("[0-9a-f]{64}"));
        // Snapped to map points: many crimes share one, and a few points draw far more than the rest.
        var perPoint = rows.stream().filter(r -> !r.get("Longitude").isEmpty())
                .collect(java.util.stream.Collectors.groupingBy(r -> r.get("Longitude") + "," + r.get("Latitude"),
                        java.util.stream.Collectors.counting()));
        assertThat(perPoint.size()).isLessThan(rows.size() * 9 / 10);
        assertThat(perPoint.values().stream().mapToLong(Long::longValue).max().orElse(0)).isGreaterThan(10);
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
