package org.crossforce.links;

import java.util.List;

/** Entities matching a query, the most mentioned first. */
public record EntitySearchResults(String query, List<EntityHit> entities) {

    public EntitySearchResults {
        entities = List.copyOf(entities);
    }
}
