package org.crossforce.geography;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Between latitude and longitude (WGS84) and the British National Grid (EPSG:27700), whose metres
 * make a grid cell the same size everywhere in Great Britain. proj4j's datum shift is the seven
 * parameter Helmert transformation, good to a few metres: ample for cells of 100 m and more.
 */
public final class NationalGrid {

    private static final CRSFactory CRS = new CRSFactory();
    private static final CoordinateReferenceSystem WGS84 = CRS.createFromParameters("WGS84",
            "+proj=longlat +datum=WGS84 +no_defs");
    // EPSG:27700 with its datum shift spelt out: without the shift a point lands some 60 to 120 m astray.
    private static final CoordinateReferenceSystem BNG = CRS.createFromParameters("EPSG:27700",
            "+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy "
                    + "+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs");
    // A transform keeps state while it works: one for each thread.
    private static final ThreadLocal<CoordinateTransform> TO_GRID = ThreadLocal
            .withInitial(() -> new CoordinateTransformFactory().createTransform(WGS84, BNG));
    private static final ThreadLocal<CoordinateTransform> FROM_GRID = ThreadLocal
            .withInitial(() -> new CoordinateTransformFactory().createTransform(BNG, WGS84));

    private NationalGrid() {
    }

    /** A point on the grid, in metres east and north of its false origin. */
    public record Point(double easting, double northing) {
    }

    /** A position on the globe, in degrees. */
    public record LatLon(double latitude, double longitude) {
    }

    /**
     * Whether the grid serves a position: it lands within the grid's 700 × 1,300 km of positive
     * eastings and northings, Great Britain and its waters. Elsewhere (Ireland, France, a mistyped
     * 0,0) a cell would be meaningless.
     */
    public static boolean covers(double latitude, double longitude) {
        if (!(latitude >= 49 && latitude <= 62 && longitude >= -11 && longitude <= 3)) {
            return false;
        }
        return covers(toGrid(latitude, longitude));
    }

    public static boolean covers(Point p) {
        return p.easting() >= 0 && p.easting() < 700_000 && p.northing() >= 0 && p.northing() < 1_300_000;
    }

    public static Point toGrid(double latitude, double longitude) {
        ProjCoordinate out = TO_GRID.get().transform(new ProjCoordinate(longitude, latitude), new ProjCoordinate());
        return new Point(out.x, out.y);
    }

    public static LatLon toLatLon(double easting, double northing) {
        ProjCoordinate out = FROM_GRID.get().transform(new ProjCoordinate(easting, northing), new ProjCoordinate());
        return new LatLon(out.y, out.x);
    }
}
