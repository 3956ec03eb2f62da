package org.crossforce.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.crossforce.geography.GridCell;
import org.crossforce.geography.NationalGrid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The cells of a territory, empty ones included: every grid cell whose centre lies in the area.
 * Gi* compares each cell with all of these, so that a force's quiet streets count as quiet.
 * The cells are kept in one order, so that a cell's position is found by binary search.
 */
final class StudyArea {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final int size;
    // Only the keys are kept, 8 bytes a cell: a force in 100 m cells is a few hundred thousand of them.
    private final long[] keys;

    private StudyArea(int size, List<GridCell> found) {
        this.size = size;
        this.keys = found.stream().mapToLong(c -> key(c.easting() / size, c.northing() / size)).sorted().distinct()
                .toArray();
    }

    /** @param area longitude and latitude (WGS84), as the force boundaries are kept */
    static StudyArea of(Geometry area, int size) {
        return new StudyArea(size, cells(area, size));
    }

    static StudyArea of(List<GridCell> cells, int size) {
        return new StudyArea(size, cells);
    }

    /** @param area longitude and latitude (WGS84), as the force boundaries are kept */
    static List<GridCell> cells(Geometry area, int size) {
        // The area goes onto the grid once, rather than every cell's centre off it.
        Geometry grid = onGrid(area);
        PreparedGeometry inside = PreparedGeometryFactory.prepare(grid);
        Envelope box = grid.getEnvelopeInternal();
        long west = Math.floorDiv((long) Math.floor(box.getMinX()), size) * size;
        long south = Math.floorDiv((long) Math.floor(box.getMinY()), size) * size;
        List<GridCell> cells = new ArrayList<>();
        for (long e = west; e <= box.getMaxX(); e += size) {
            for (long n = south; n <= box.getMaxY(); n += size) {
                if (inside.covers(GEOMETRY.createPoint(new Coordinate(e + size / 2.0, n + size / 2.0)))) {
                    cells.add(new GridCell(size, e, n));
                }
            }
        }
        return cells;
    }

    /** The area in km², measured on the grid. */
    static double km2(Geometry area) {
        return onGrid(area).getArea() / 1_000_000;
    }

    /** A copy of a WGS84 geometry in National Grid metres. */
    static Geometry onGrid(Geometry area) {
        Geometry grid = area.copy();
        grid.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                NationalGrid.Point p = NationalGrid.toGrid(seq.getY(i), seq.getX(i));
                seq.setOrdinate(i, CoordinateSequence.X, p.easting());
                seq.setOrdinate(i, CoordinateSequence.Y, p.northing());
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return grid;
    }

    int size() {
        return size;
    }

    int count() {
        return keys.length;
    }

    GridCell cell(int i) {
        long column = keys[i] >> 32;
        long row = (int) keys[i];
        return new GridCell(size, column * size, row * size);
    }

    /** The cell's position, or -1 when it lies outside the area. */
    int indexOf(GridCell cell) {
        if (cell.size() != size) {
            return -1;
        }
        int i = Arrays.binarySearch(keys, key(cell.easting() / size, cell.northing() / size));
        return i < 0 ? -1 : i;
    }

    /**
     * For each cell, the cells of its band (itself and the eight around it) that lie in the area.
     * Worked out for each request rather than kept, in one sweep: the keys are in column-then-row
     * order, so the neighbours in the columns either side are found by pointers that only move on.
     */
    int[][] neighbours() {
        int n = keys.length;
        int[][] band = new int[n][];
        int[] found = new int[9];
        int left = 0;
        int right = 0;
        for (int i = 0; i < n; i++) {
            long column = keys[i] >> 32;
            long row = (int) keys[i];
            int k = 0;
            if (row < 1) {
                // South of the grid's origin the masked rows do not sort in order: searched one by one.
                band[i] = searched(column, row, found);
                continue;
            }
            left = advance(left, key(column - 1, row - 1));
            k = take(left, column - 1, row, found, k);
            for (int j = Math.max(0, i - 1); j <= Math.min(n - 1, i + 1); j++) {
                if (keys[j] >> 32 == column && Math.abs((int) keys[j] - row) <= 1) {
                    found[k++] = j;
                }
            }
            right = advance(right, key(column + 1, row - 1));
            k = take(right, column + 1, row, found, k);
            band[i] = Arrays.copyOf(found, k);
        }
        return band;
    }

    private int[] searched(long column, long row, int[] found) {
        int k = 0;
        for (long dc = -1; dc <= 1; dc++) {
            for (long dr = -1; dr <= 1; dr++) {
                int j = Arrays.binarySearch(keys, key(column + dc, row + dr));
                if (j >= 0) {
                    found[k++] = j;
                }
            }
        }
        return Arrays.copyOf(found, k);
    }

    /** The first position at or after {@code from} whose key is not below {@code key}. */
    private int advance(int from, long key) {
        if (from > 0 && keys[from - 1] >= key) {
            int at = Arrays.binarySearch(keys, key);
            return at >= 0 ? at : -at - 1;
        }
        int p = from;
        while (p < keys.length && keys[p] < key) {
            p++;
        }
        return p;
    }

    /** Adds the cells of {@code column} at rows {@code row - 1} to {@code row + 1}, found from position {@code p}. */
    private int take(int p, long column, long row, int[] found, int k) {
        for (int j = p; j < keys.length && j < p + 3; j++) {
            if (keys[j] >> 32 == column && Math.abs((int) keys[j] - row) <= 1) {
                found[k++] = j;
            }
        }
        return k;
    }

    /** Column and row in one long; the row masked, so that a negative row leaves the column alone. */
    private static long key(long column, long row) {
        return (column << 32) | (row & 0xFFFFFFFFL);
    }
}
