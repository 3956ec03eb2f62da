package org.crossforce.analytics;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.crossforce.forces.ForceBoundaries;
import org.crossforce.shared.ForceCode;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.springframework.stereotype.Component;

/**
 * The study areas of Gi* and of hotspot accuracy: the chosen forces' territory, or an area drawn
 * on the map, as grid cells. Laying a force out in 100 m cells takes a moment, and supervisors
 * look at the same few forces all day, so the latest areas are kept.
 */
@Component
class Territories {

    /** Beyond this many cells a study area is refused: the answer would take too long and say too little. */
    static final int MOST_CELLS = 1_500_000;

    private static final int KEPT = 24;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final ForceBoundaries boundaries;
    private final Map<String, StudyArea> recent = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(KEPT, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, StudyArea> eldest) {
                    return size() > KEPT;
                }
            });
    private final Map<ForceCode, Double> areas = new ConcurrentHashMap<>();

    Territories(ForceBoundaries boundaries) {
        this.boundaries = boundaries;
    }

    /**
     * @param forces the forces whose territory is studied (those without a boundary add nothing)
     * @param area   a drawn area: the part of it within the forces' territory, or all of it when
     *               no force is named
     */
    StudyArea of(Collection<ForceCode> forces, Geometry area, int size) {
        String key = size + "|" + forces.stream().map(ForceCode::value).sorted().toList() + "|"
                + (area == null ? "" : area.toText());
        StudyArea known = recent.get(key);
        if (known != null) {
            return known;
        }
        Optional<Geometry> territory = territory(forces);
        Geometry where = area == null ? territory.orElse(null)
                : forces.isEmpty() || territory.isEmpty() ? area : area.intersection(territory.get());
        if (where != null && where.isEmpty()) {
            return StudyArea.of(List.of(), size);
        }
        if (where == null) {
            return StudyArea.of(List.of(), size);
        }
        double km2 = StudyArea.km2(where);
        if (km2 * 1_000_000 / ((double) size * size) > MOST_CELLS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%,.0f km² in %d m cells is more than %,d cells: choose larger cells, fewer forces or a smaller area",
                    km2, size, MOST_CELLS));
        }
        StudyArea study = StudyArea.of(where, size);
        recent.put(key, study);
        return study;
    }

    /** The force's area in km², or 0 where Crossforce holds no boundary. */
    double km2(ForceCode force) {
        return areas.computeIfAbsent(force, f -> boundaries.of(f).map(StudyArea::km2).orElse(0.0));
    }

    boolean hasBoundary(ForceCode force) {
        return boundaries.of(force).isPresent();
    }

    private Optional<Geometry> territory(Collection<ForceCode> forces) {
        List<Geometry> parts = forces.stream().map(boundaries::of).flatMap(Optional::stream).toList();
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parts.size() == 1 ? parts.getFirst() : UnaryUnionOp.union(parts, GEOMETRY));
    }
}
