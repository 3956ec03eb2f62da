package org.crossforce.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crossforce.geography.NationalGrid;

/**
 * Hotspot layers and crime lists as GeoJSON FeatureCollections, in WGS84 as GeoJSON requires: one
 * shape for the REST answer, its download and the dashboard's map.
 */
public final class GeoJson {

    private GeoJson() {
    }

    public static Map<String, Object> of(HotspotLayer layer) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("method", layer.method().code());
        collection.put("cell", layer.cellSize());
        if (layer.bandwidth() > 0) {
            collection.put("bandwidth", layer.bandwidth());
        }
        collection.put("from", layer.from().toString());
        collection.put("to", layer.to().toString());
        collection.put("crimes", layer.crimes());
        collection.put("unlocated", layer.unlocated());
        if (layer.studyCells() > 0) {
            collection.put("study_cells", layer.studyCells());
        }
        collection.put("matched", layer.matched());
        collection.put("truncated", layer.truncated());
        List<Map<String, Object>> features = new ArrayList<>(layer.cells().size());
        for (HotspotCell cell : layer.cells()) {
            features.add(feature(cell));
        }
        collection.put("features", features);
        return collection;
    }

    private static Map<String, Object> feature(HotspotCell cell) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("cell", cell.id());
        properties.put("count", cell.count());
        properties.put("score", round(cell.score()));
        if (cell.z() != null) {
            properties.put("z", round(cell.z()));
            properties.put("p", cell.p());
            properties.put("confidence", cell.confidence());
        }
        if (cell.category() != null) {
            properties.put("category", cell.category());
            properties.put("trend", round(cell.trend()));
        }
        List<double[]> ring = new ArrayList<>(5);
        for (NationalGrid.LatLon corner : cell.ring()) {
            ring.add(new double[] {round6(corner.longitude()), round6(corner.latitude())});
        }
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", cell.id());
        feature.put("geometry", Map.of("type", "Polygon", "coordinates", List.of(ring)));
        feature.put("properties", properties);
        return feature;
    }

    public static Map<String, Object> of(List<CrimeRow> crimes) {
        List<Map<String, Object>> features = new ArrayList<>(crimes.size());
        for (CrimeRow crime : crimes) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", crime.id());
            properties.put("force", crime.force());
            properties.put("month", crime.month() == null ? null : crime.month().toString());
            properties.put("type", crime.type());
            properties.put("location", crime.location());
            properties.put("outcome", crime.outcome());
            properties.put("lsoa", crime.lsoa());
            properties.put("source_key", crime.sourceKey());
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", crime.id());
            feature.put("geometry", crime.latitude() == null ? null
                    : Map.of("type", "Point", "coordinates", List.of(crime.longitude(), crime.latitude())));
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static double round6(double value) {
        return Math.round(value * 1_000_000) / 1_000_000.0;
    }
}
