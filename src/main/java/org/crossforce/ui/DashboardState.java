package org.crossforce.ui;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.router.QueryParameters;
import org.crossforce.analytics.HotspotMethod;

/**
 * Everything a hotspot dashboard shows, as its address says it: forces, crime types, period,
 * cell size, layer, map view, drawn area and the cell opened. A supervisor bookmarks or shares
 * the address and the same dashboard opens.
 */
record DashboardState(Set<String> forces, Set<String> types, YearMonth from, YearMonth to, int cell,
        HotspotMethod layer, Double latitude, Double longitude, Integer zoom, String area, String opened) {

    static final int DEFAULT_CELL = 250;

    DashboardState {
        forces = Set.copyOf(forces);
        types = Set.copyOf(types);
    }

    static DashboardState of(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        int cell = integer(first(p, "cell"), DEFAULT_CELL);
        HotspotMethod layer;
        try {
            layer = HotspotMethod.parse(first(p, "layer") == null ? "gi" : first(p, "layer"));
        } catch (IllegalArgumentException e) {
            layer = HotspotMethod.GI;
        }
        return new DashboardState(Set.copyOf(p.getOrDefault("force", List.of())),
                Set.copyOf(p.getOrDefault("type", List.of())), month(first(p, "from")), month(first(p, "to")),
                List.of(100, 250, 500, 1000).contains(cell) ? cell : DEFAULT_CELL, layer, decimal(first(p, "lat")),
                decimal(first(p, "lon")), first(p, "zoom") == null ? null : integer(first(p, "zoom"), 10),
                first(p, "area"), first(p, "open"));
    }

    QueryParameters query() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (!forces.isEmpty()) {
            p.put("force", new ArrayList<>(new TreeSet<>(forces)));
        }
        if (!types.isEmpty()) {
            p.put("type", new ArrayList<>(new TreeSet<>(types)));
        }
        put(p, "from", from);
        put(p, "to", to);
        p.put("cell", List.of(Integer.toString(cell)));
        p.put("layer", List.of(layer.code()));
        if (latitude != null && longitude != null && zoom != null) {
            p.put("lat", List.of(String.format(java.util.Locale.ROOT, "%.5f", latitude)));
            p.put("lon", List.of(String.format(java.util.Locale.ROOT, "%.5f", longitude)));
            p.put("zoom", List.of(zoom.toString()));
        }
        put(p, "area", area);
        put(p, "open", opened);
        return new QueryParameters(p);
    }

    DashboardState withForces(Set<String> chosen) {
        return new DashboardState(chosen, types, from, to, cell, layer, latitude, longitude, zoom, area, null);
    }

    DashboardState withTypes(Set<String> chosen) {
        return new DashboardState(forces, chosen, from, to, cell, layer, latitude, longitude, zoom, area, null);
    }

    DashboardState withPeriod(YearMonth first, YearMonth last) {
        return new DashboardState(forces, types, first, last, cell, layer, latitude, longitude, zoom, area, null);
    }

    DashboardState withCell(int size) {
        return new DashboardState(forces, types, from, to, size, layer, latitude, longitude, zoom, area, null);
    }

    DashboardState withLayer(HotspotMethod method) {
        return new DashboardState(forces, types, from, to, cell, method, latitude, longitude, zoom, area, opened);
    }

    DashboardState withView(double lat, double lon, int level) {
        return new DashboardState(forces, types, from, to, cell, layer, lat, lon, level, area, opened);
    }

    DashboardState withArea(String geoJson) {
        return new DashboardState(forces, types, from, to, cell, layer, latitude, longitude, zoom, geoJson, null);
    }

    DashboardState opening(String cellId) {
        return new DashboardState(forces, types, from, to, cell, layer, latitude, longitude, zoom, area, cellId);
    }

    private static void put(Map<String, List<String>> p, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            p.put(name, List.of(value.toString()));
        }
    }

    private static String first(Map<String, List<String>> p, String name) {
        List<String> values = p.getOrDefault(name, List.of());
        return values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }

    private static YearMonth month(String value) {
        try {
            return value == null ? null : YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int integer(String value, int otherwise) {
        try {
            return value == null ? otherwise : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static Double decimal(String value) {
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
