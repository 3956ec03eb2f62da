package org.crossforce.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.crossforce.forces.ForceBoundaries;
import org.crossforce.forces.Forces;
import org.crossforce.geography.Shapes;
import org.crossforce.intake.IntakeReport;
import org.crossforce.shared.ForceCode;
import tools.jackson.databind.json.JsonMapper;

/** Where a report says it happened: the place as described, and the point on a map when there is one. */
final class IntakePlace {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Forces forces;
    private final ForceBoundaries boundaries;
    private final MapProperties mapProperties;

    IntakePlace(Forces forces, ForceBoundaries boundaries, MapProperties mapProperties) {
        this.forces = forces;
        this.boundaries = boundaries;
        this.mapProperties = mapProperties;
    }

    Component of(IntakeReport r) {
        Div box = new Div();
        box.setId("intake-place");
        String where = r.item().place() == null || r.item().place().isBlank() ? "No place described" : r.item().place();
        Div described = new Div(new Span(where));
        described.addClassName("cf-intake-place-name");
        box.add(described);
        if (r.latitude() == null || r.longitude() == null) {
            Span none = new Span(r.appealTitle() == null ? "No point on the map." : "Sent as an answer to an appeal: "
                    + "no point on the map.");
            none.addClassName("cf-muted");
            box.add(none);
            return box;
        }
        Span point = new Span(String.format(Locale.UK, "%.5f, %.5f · %s", r.latitude(), r.longitude(),
                how(r.placeFound())));
        point.addClassName("cf-muted");
        box.add(point, map(r));
        return box;
    }

    private static String how(String found) {
        return switch (found == null ? "" : found) {
            case "postcode" -> "from the postcode they gave";
            case "photo" -> "from where their photo was taken";
            case "pin" -> "pinned on the map by the reporter";
            default -> "place given by the reporter";
        };
    }

    private Component map(IntakeReport r) {
        HotspotMap map = new HotspotMap();
        map.setId("intake-map");
        map.addClassName("cf-intake-map");
        map.setWidthFull();
        map.setHeight("260px");
        boolean tiles = mapProperties.tileUrl() != null && !mapProperties.tileUrl().isBlank();
        if (tiles) {
            map.setTiles(mapProperties.tileUrl(), mapProperties.tileAttribution());
        }
        ForceCode of = r.item().force();
        var outline = boundaries.outlines().get(of);
        if (outline != null) {
            Map<String, Object> properties = Map.of("code", of.value(), "name", forces.nameOf(of), "chosen", true);
            map.showForces(JSON.writeValueAsString(Map.of("type", "FeatureCollection", "features",
                    List.of(Map.of("type", "Feature", "geometry", Shapes.geoJson(outline), "properties", properties)))));
        }
        Map<String, Object> pin = new LinkedHashMap<>();
        pin.put("type", r.item().kind().label());
        pin.put("location", r.item().place() == null ? "" : r.item().place());
        pin.put("month", r.occurredOn() == null ? "" : Dates.format(r.occurredOn()));
        map.showPoints(JSON.writeValueAsString(Map.of("type", "FeatureCollection", "features", List.of(Map.of(
                "type", "Feature", "geometry", Map.of("type", "Point", "coordinates",
                        List.of(r.longitude(), r.latitude())), "properties", pin)))));
        // Without a base map the force's outline is what places the point: the town, not the street.
        map.setView(r.latitude(), r.longitude(), tiles ? 15 : 9);
        return map;
    }
}
