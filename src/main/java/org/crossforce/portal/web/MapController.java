package org.crossforce.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crossforce.forces.ForceBoundaries;
import org.crossforce.forces.Forces;
import org.crossforce.geography.Shapes;
import org.crossforce.portal.PortalEnabled;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The forces' outlines for the portal's map: public information, the only layer it draws. */
@RestController
@PortalEnabled
class MapController {

    private final ForceBoundaries boundaries;
    private final Forces forces;
    private volatile Map<String, Object> outlines;

    MapController(ForceBoundaries boundaries, Forces forces) {
        this.boundaries = boundaries;
        this.forces = forces;
    }

    @GetMapping("/public/map/forces.json")
    ResponseEntity<Map<String, Object>> forces() {
        if (outlines == null) {
            List<Map<String, Object>> features = new ArrayList<>();
            boundaries.outlines().forEach((code, outline) -> {
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("code", code.value());
                properties.put("name", forces.nameOf(code));
                features.add(Map.of("type", "Feature", "geometry", Shapes.geoJson(outline), "properties", properties));
            });
            outlines = Map.of("type", "FeatureCollection", "features", features);
        }
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic())
                .body(outlines);
    }
}
