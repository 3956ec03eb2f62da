package org.crossforce.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Span;
import org.crossforce.entities.EntityType;

/** How entity types read and look on every page: the same words and colours for the same type. */
final class EntityLabels {

    private static final Map<String, String> NAMES = java.util.Arrays.stream(EntityType.values())
            .collect(java.util.stream.Collectors.toMap(EntityType::prefix, EntityType::label));

    /** Every entity type an analyst can pick, in the order the pickers show them. */
    static final List<String> TYPES = List.of("person", "vrm", "phone", "email", "address", "postcode", "pnc", "nino",
            "weapon", "drug", "event", "date");

    private EntityLabels() {
    }

    static String type(String type) {
        return NAMES.getOrDefault(type, type);
    }

    static Span badge(String type) {
        Span badge = new Span(type(type));
        badge.addClassNames("cf-entity-badge", "cf-entity-" + type);
        return badge;
    }
}
