package org.crossforce.forces;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Turns data.police.uk's force boundary KML (one file a force, 28 MB in all) into the one small
 * file Crossforce ships: each force's polygons simplified to about {@link #TOLERANCE} degrees,
 * ample for a map of a force and for telling which force a point is in, away from the border's
 * last few tens of metres.
 */
public final class BoundaryImport {

    /** About 35 m east-west and 55 m north-south at British latitudes. */
    static final double TOLERANCE = 0.0005;

    private static final Pattern POLYGON = Pattern.compile("<Polygon>(.*?)</Polygon>", Pattern.DOTALL);
    private static final Pattern OUTER = Pattern.compile(
            "<outerBoundaryIs>.*?<coordinates>(.*?)</coordinates>.*?</outerBoundaryIs>", Pattern.DOTALL);
    private static final Pattern INNER = Pattern.compile(
            "<innerBoundaryIs>.*?<coordinates>(.*?)</coordinates>.*?</innerBoundaryIs>", Pattern.DOTALL);

    private BoundaryImport() {
    }

    /** {@code <kml folder> <output file>}: one line a force, "code TAB WKT". */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Give the folder of force KML files and the file to write");
        }
        List<String> lines = new ArrayList<>();
        lines.add("# data.police.uk force area boundaries, simplified to " + TOLERANCE
                + " degrees; longitude latitude (WGS84). Contains public sector information licensed under the "
                + "Open Government Licence v3.0.");
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path kml : files.filter(p -> p.toString().endsWith(".kml")).sorted().toList()) {
                String force = kml.getFileName().toString().replace(".kml", "");
                Geometry area = TopologyPreservingSimplifier.simplify(read(Files.readString(kml)), TOLERANCE);
                lines.add(force + "\t" + new WKTWriter().write(area));
            }
        }
        Files.write(Path.of(args[1]), lines);
    }

    static Geometry read(String kml) {
        GeometryFactory geometry = new GeometryFactory();
        List<Polygon> polygons = new ArrayList<>();
        Matcher polygon = POLYGON.matcher(kml);
        while (polygon.find()) {
            String body = polygon.group(1);
            Matcher outer = OUTER.matcher(body);
            if (!outer.find()) {
                continue;
            }
            List<LinearRing> holes = new ArrayList<>();
            Matcher inner = INNER.matcher(body);
            while (inner.find()) {
                holes.add(ring(geometry, inner.group(1)));
            }
            polygons.add(geometry.createPolygon(ring(geometry, outer.group(1)), holes.toArray(LinearRing[]::new)));
        }
        return geometry.createMultiPolygon(polygons.toArray(Polygon[]::new)).buffer(0);
    }

    private static LinearRing ring(GeometryFactory geometry, String coordinates) {
        List<Coordinate> points = new ArrayList<>();
        for (String triple : coordinates.strip().split("\\s+")) {
            String[] parts = triple.split(",");
            points.add(new Coordinate(Double.parseDouble(parts[0]), Double.parseDouble(parts[1])));
        }
        if (!points.getFirst().equals2D(points.getLast())) {
            points.add(points.getFirst());
        }
        return geometry.createLinearRing(points.toArray(Coordinate[]::new));
    }
}
