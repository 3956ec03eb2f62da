package org.crossforce.geography;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Areas between GeoJSON (as a map draws them and a URL carries them) and JTS geometry, in WGS84
 * longitude and latitude. Polygons and multipolygons only: an area has an inside.
 */
public final class Shapes {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private Shapes() {
    }

    /**
     * Reads a GeoJSON Polygon or MultiPolygon, or a Feature holding one.
     *
     * @throws IllegalArgumentException with what is wrong, for anything else
     */
    public static Geometry parse(Map<?, ?> json) {
        Object type = json.get("type");
        if ("Feature".equals(type) && json.get("geometry") instanceof Map<?, ?> geometry) {
            return parse(geometry);
        }
        Object coordinates = json.get("coordinates");
        Geometry area;
        if ("Polygon".equals(type)) {
            area = polygon(coordinates);
        } else if ("MultiPolygon".equals(type) && coordinates instanceof List<?> polygons) {
            area = GEOMETRY.createMultiPolygon(polygons.stream().map(Shapes::polygon).toArray(Polygon[]::new));
        } else {
            throw new IllegalArgumentException("An area is a GeoJSON Polygon or MultiPolygon, not " + type);
        }
        if (!area.isValid()) {
            throw new IllegalArgumentException("The area's outline crosses itself");
        }
        return area;
    }

    /** The geometry as a GeoJSON object. */
    public static Map<String, Object> geoJson(Geometry area) {
        if (area instanceof Polygon polygon) {
            return Map.of("type", "Polygon", "coordinates", rings(polygon));
        }
        if (area instanceof MultiPolygon multi) {
            List<Object> polygons = new ArrayList<>();
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                polygons.add(rings((Polygon) multi.getGeometryN(i)));
            }
            return Map.of("type", "MultiPolygon", "coordinates", polygons);
        }
        throw new IllegalArgumentException("An area is a polygon, not a " + area.getGeometryType());
    }

    private static List<Object> rings(Polygon polygon) {
        List<Object> rings = new ArrayList<>();
        rings.add(ring(polygon.getExteriorRing().getCoordinates()));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(ring(polygon.getInteriorRingN(i).getCoordinates()));
        }
        return rings;
    }

    private static List<double[]> ring(Coordinate[] coordinates) {
        List<double[]> ring = new ArrayList<>();
        for (Coordinate c : coordinates) {
            ring.add(new double[] {c.x, c.y});
        }
        return ring;
    }

    private static Polygon polygon(Object coordinates) {
        if (!(coordinates instanceof List<?> rings) || rings.isEmpty()) {
            throw new IllegalArgumentException("A polygon needs at least its outer ring");
        }
        LinearRing shell = linearRing(rings.getFirst());
        LinearRing[] holes = rings.stream().skip(1).map(Shapes::linearRing).toArray(LinearRing[]::new);
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing linearRing(Object ring) {
        if (!(ring instanceof List<?> points) || points.size() < 4) {
            throw new IllegalArgumentException("A polygon's ring has at least four positions, the last the same as the first");
        }
        Coordinate[] coordinates = new Coordinate[points.size()];
        for (int i = 0; i < points.size(); i++) {
            if (!(points.get(i) instanceof List<?> p) || p.size() < 2 || !(p.get(0) instanceof Number lon)
                    || !(p.get(1) instanceof Number lat)) {
                throw new IllegalArgumentException("A position is [longitude, latitude]");
            }
            if (Math.abs(lat.doubleValue()) > 90 || Math.abs(lon.doubleValue()) > 180) {
                throw new IllegalArgumentException("A position is [longitude, latitude] in degrees, not " + p);
            }
            coordinates[i] = new Coordinate(lon.doubleValue(), lat.doubleValue());
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new IllegalArgumentException("A polygon's ring ends where it starts");
        }
        return GEOMETRY.createLinearRing(coordinates);
    }
}
