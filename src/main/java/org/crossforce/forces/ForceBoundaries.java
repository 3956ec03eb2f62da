package org.crossforce.forces;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.crossforce.shared.ForceCode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.springframework.stereotype.Component;

/**
 * Where each force polices: the data.police.uk force area boundaries, simplified once from the
 * published KML ({@code forces/boundaries.tsv}, see its README), as longitude and latitude
 * (WGS84). Answers which force a point falls in, for routing a public report and for the
 * territory a hotspot map studies. British Transport Police polices the railway, not an area, and
 * has none.
 */
@Component
public class ForceBoundaries {

    static final String RESOURCE = "/forces/boundaries.tsv";
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Map<ForceCode, Geometry> areas;
    private final Map<ForceCode, PreparedGeometry> prepared = new LinkedHashMap<>();
    private Map<ForceCode, Geometry> outlines;

    public ForceBoundaries() {
        this.areas = Collections.unmodifiableMap(read());
        areas.forEach((force, area) -> prepared.put(force, PreparedGeometryFactory.prepare(area)));
    }

    /** Every force's area, in the order of the file. */
    public Map<ForceCode, Geometry> all() {
        return areas;
    }

    /**
     * Every force's area simplified again, to about 100 m (less for a small force), for drawing on a map of the country: a
     * browser draws all 44 at once without a pause.
     */
    public synchronized Map<ForceCode, Geometry> outlines() {
        if (outlines == null) {
            Map<ForceCode, Geometry> simplified = new LinkedHashMap<>();
            // A tolerance in proportion to the force's size: the City of London is 3 km² and keeps its streets.
            areas.forEach((force, area) -> simplified.put(force, org.locationtech.jts.simplify.TopologyPreservingSimplifier
                    .simplify(area, Math.min(0.001, Math.sqrt(area.getArea()) / 300))));
            outlines = Collections.unmodifiableMap(simplified);
        }
        return outlines;
    }

    public Optional<Geometry> of(ForceCode force) {
        return Optional.ofNullable(areas.get(force));
    }

    /** The force whose area holds the point; empty at sea and outside the United Kingdom. */
    public Optional<ForceCode> at(double latitude, double longitude) {
        Point point = GEOMETRY.createPoint(new Coordinate(longitude, latitude));
        return prepared.entrySet().stream().filter(e -> e.getValue().covers(point)).map(Map.Entry::getKey)
                .findFirst();
    }

    private static Map<ForceCode, Geometry> read() {
        Map<ForceCode, Geometry> areas = new LinkedHashMap<>();
        WKTReader wkt = new WKTReader(GEOMETRY);
        try (InputStream in = ForceBoundaries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The force boundaries " + RESOURCE + " are missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int tab = line.indexOf('\t');
                if (line.isBlank() || line.startsWith("#") || tab < 0) {
                    continue;
                }
                areas.put(ForceCode.of(line.substring(0, tab)), wkt.read(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The force boundaries could not be read", e);
        } catch (ParseException e) {
            throw new IllegalStateException("The force boundaries " + RESOURCE + " are not well formed", e);
        }
        return areas;
    }
}
