package org.crossforce.analytics;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The cells of a territory, empty ones included: every grid cell whose centre lies in the area.
 * Gi* compares each cell with all of these, so that a force's quiet streets count as quiet.
 */
final class StudyArea {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private StudyArea() {
    }

    /** @param area longitude and latitude (WGS84), as the force boundaries are kept */
    static List<GridCell> cells(Geometry area, int size) {
        PreparedGeometry inside = PreparedGeometryFactory.prepare(area);
        Envelope box = area.getEnvelopeInternal();
        double[] east = new double[4];
        double[] north = new double[4];
        double[][] corners = {{box.getMinY(), box.getMinX()}, {box.getMinY(), box.getMaxX()},
                {box.getMaxY(), box.getMinX()}, {box.getMaxY(), box.getMaxX()}};
        for (int i = 0; i < 4; i++) {
            NationalGrid.Point p = NationalGrid.toGrid(corners[i][0], corners[i][1]);
            east[i] = p.easting();
            north[i] = p.northing();
        }
        long west = floor(min(east), size);
        long south = floor(min(north), size);
        List<GridCell> cells = new ArrayList<>();
        for (long e = west; e <= max(east); e += size) {
            for (long n = south; n <= max(north); n += size) {
                NationalGrid.LatLon centre = NationalGrid.toLatLon(e + size / 2.0, n + size / 2.0);
                if (inside.covers(GEOMETRY.createPoint(new Coordinate(centre.longitude(), centre.latitude())))) {
                    cells.add(new GridCell(size, e, n));
                }
            }
        }
        return cells;
    }

    private static long floor(double metres, int size) {
        return Math.floorDiv((long) Math.floor(metres), size) * size;
    }

    private static double min(double[] values) {
        return java.util.Arrays.stream(values).min().orElseThrow();
    }

    private static double max(double[] values) {
        return java.util.Arrays.stream(values).max().orElseThrow();
    }
}
