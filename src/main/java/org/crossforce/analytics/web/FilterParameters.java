package org.crossforce.analytics.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.crossforce.analytics.CrimeFilter;
import org.crossforce.geography.Shapes;
import org.crossforce.forces.Forces;
import org.crossforce.shared.ForceCode;
import org.locationtech.jts.geom.Envelope;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The dashboard's filters as every hotspot and statistics request takes them. */
final class FilterParameters {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FilterParameters() {
    }

    static CrimeFilter of(Forces forces, List<String> force, List<String> type, String from, String to, String area) {
        Set<ForceCode> chosen = force == null ? Set.of() : force.stream().filter(f -> !f.isBlank())
                .map(forces::require).collect(Collectors.toSet());
        Set<String> types = type == null ? Set.of() : type.stream().map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toSet());
        return new CrimeFilter(chosen, types, month("from", from), month("to", to), area(area));
    }

    static YearMonth month(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' is a month such as 2020-04, not '" + value + "'");
        }
    }

    private static org.locationtech.jts.geom.Geometry area(String geoJson) {
        if (geoJson == null || geoJson.isBlank()) {
            return null;
        }
        try {
            return Shapes.parse(JSON.readValue(geoJson, Map.class));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("'area' is a GeoJSON polygon: " + e.getOriginalMessage());
        }
    }

    /** {@code west,south,east,north} in degrees, or null. */
    static Envelope bbox(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("'bbox' is west,south,east,north in degrees, not '" + value + "'");
        }
        try {
            double west = Double.parseDouble(parts[0].strip());
            double south = Double.parseDouble(parts[1].strip());
            double east = Double.parseDouble(parts[2].strip());
            double north = Double.parseDouble(parts[3].strip());
            if (west > east || south > north) {
                throw new IllegalArgumentException("'bbox' is west,south,east,north: west before east, south before north");
            }
            return new Envelope(west, east, south, north);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'bbox' is west,south,east,north in degrees, not '" + value + "'");
        }
    }
}
