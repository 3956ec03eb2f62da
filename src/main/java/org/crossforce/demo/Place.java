package org.crossforce.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crossforce.shared.ForceCode;
import org.springframework.core.io.ClassPathResource;

/**
 * A place whose crime the demo generates ({@code demo/crime/places.csv}): a force's background, a
 * town, or a hotspot, persistent, emerging or diminishing.
 *
 * @param metres for a town, how far its streets spread (one standard deviation); for a hotspot, its radius
 * @param crimes for a hotspot, how many crimes a month at its height; else an ordinary month's crime
 * @param from   for an emerging hotspot, its first busy month
 */
record Place(ForceCode force, Kind kind, String name, String district, double latitude, double longitude,
        int metres, int crimes, YearMonth from, CrimeMix mix, List<String> streets) {

    static final String RESOURCE = "demo/crime/places.csv";
    /**
     * An emerging hotspot's month before it emerges: a crime every few months. Any more, against a
     * territory of mostly empty cells, and Gi* finds it hot now and then ("sporadic") before it
     * ever rises.
     */
    static final double QUIET = 0.3;

    enum Kind {
        BACKGROUND, TOWN, PERSISTENT, EMERGING, DIMINISHING;

        boolean hotspot() {
            return this == PERSISTENT || this == EMERGING || this == DIMINISHING;
        }
    }

    /** Crimes expected in the month before the seasons and the lockdowns move them. */
    double expected(YearMonth month) {
        return switch (kind) {
            case BACKGROUND, TOWN, PERSISTENT -> crimes;
            // Down to a quarter of its height by the last month: fading, but still above its streets.
            case DIMINISHING -> crimes * (1 - 0.75 * monthsBetween(DemoCrime.FIRST, month)
                    / monthsBetween(DemoCrime.FIRST, DemoCrime.LAST));
            case EMERGING -> month.isBefore(from) ? QUIET
                    : QUIET + (crimes - QUIET) * (monthsBetween(from, month) + 1) / (monthsBetween(from, DemoCrime.LAST) + 1);
        };
    }

    /** An emerging hotspot rises for its own reason, through summers, winters and lockdowns. */
    boolean followsSeasons() {
        return kind != Kind.EMERGING;
    }

    private static double monthsBetween(YearMonth from, YearMonth to) {
        return from.until(to, ChronoUnit.MONTHS);
    }

    /** Every force's places, in the order of the file. */
    static Map<ForceCode, List<Place>> read() {
        Map<ForceCode, List<Place>> places = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
        try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                Place place = of(row);
                places.computeIfAbsent(place.force(), f -> new ArrayList<>()).add(place);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " could not be read", e);
        }
        return places;
    }

    private static Place of(CSVRecord row) {
        Kind kind = Kind.valueOf(row.get("kind").strip().toUpperCase(Locale.ROOT));
        String from = row.get("from").strip();
        String streets = row.get("streets").strip();
        return new Place(ForceCode.of(row.get("force").strip()), kind, row.get("name").strip(),
                row.get("district").strip(), number(row.get("latitude")), number(row.get("longitude")),
                (int) number(row.get("metres")), Integer.parseInt(row.get("crimes").strip()),
                from.isEmpty() ? null : YearMonth.parse(from), CrimeMix.parse(row.get("mix")),
                streets.isEmpty() ? List.of() : Arrays.stream(streets.split(";")).map(String::strip).toList());
    }

    private static double number(String value) {
        return value.isBlank() ? 0 : Double.parseDouble(value.strip());
    }
}
