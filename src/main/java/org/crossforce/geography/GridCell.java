package org.crossforce.geography;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A square of the British National Grid, {@code size} metres a side, named by its size and its
 * south-west corner: {@code 250-651250-313000}. The same place always falls in the same cell, so
 * months and forces compare cell by cell.
 */
public record GridCell(int size, long easting, long northing) {

    /** The cell sizes a dashboard offers, in metres. */
    public static final Set<Integer> SIZES = Set.of(100, 250, 500, 1000);

    // Corners south or west of the grid's origin, in a drawn area reaching out to sea, are negative.
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("(\\d{1,4})-(-?\\d{1,8})-(-?\\d{1,8})");

    public GridCell {
        if (!SIZES.contains(size)) {
            throw new IllegalArgumentException("A grid cell is 100, 250, 500 or 1000 metres a side, not " + size);
        }
        if (easting % size != 0 || northing % size != 0) {
            throw new IllegalArgumentException("A " + size + " m cell starts on a multiple of " + size + " m");
        }
    }

    public static GridCell of(double latitude, double longitude, int size) {
        return at(NationalGrid.toGrid(latitude, longitude), size);
    }

    /** The cell holding a point of the grid. */
    public static GridCell at(NationalGrid.Point p, int size) {
        return new GridCell(size, Math.floorDiv((long) Math.floor(p.easting()), size) * size,
                Math.floorDiv((long) Math.floor(p.northing()), size) * size);
    }

    /** @throws IllegalArgumentException for anything but an id written by {@link #id()} */
    public static GridCell parse(String id) {
        java.util.regex.Matcher parts = ID.matcher(id == null ? "" : id);
        if (!parts.matches()) {
            throw new IllegalArgumentException("A grid cell is written size-easting-northing, such as 250-651250-313000, "
                    + "not \"" + id + "\"");
        }
        try {
            return new GridCell(Integer.parseInt(parts.group(1)), Long.parseLong(parts.group(2)),
                    Long.parseLong(parts.group(3)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A grid cell is written size-easting-northing, not \"" + id + "\"", e);
        }
    }

    public String id() {
        return size + "-" + easting + "-" + northing;
    }

    /** The cell and the eight around it: the band Gi* sums over. */
    public List<GridCell> band() {
        List<GridCell> cells = new ArrayList<>(9);
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                cells.add(shifted(dx, dy));
            }
        }
        return cells;
    }

    /** The corners in latitude and longitude, south-west first and anticlockwise, closed: a GeoJSON ring. */
    public List<NationalGrid.LatLon> ring() {
        return List.of(NationalGrid.toLatLon(easting, northing), NationalGrid.toLatLon(easting + size, northing),
                NationalGrid.toLatLon(easting + size, northing + size), NationalGrid.toLatLon(easting, northing + size),
                NationalGrid.toLatLon(easting, northing));
    }

    /** The centre, on the grid. */
    public NationalGrid.Point centre() {
        return new NationalGrid.Point(easting + size / 2.0, northing + size / 2.0);
    }

    /** The cell of the same size to the east and north by so many cells. */
    public GridCell shifted(int east, int north) {
        return new GridCell(size, easting + (long) east * size, northing + (long) north * size);
    }
}
