package org.crossforce.search;

import java.util.List;
import java.util.Map;

/**
 * @param total  exact number of matching documents
 * @param facets {@code force}: counts per force that ignore the force filter itself
 */
public record SearchResults(long total, List<SearchHit> hits, Facets facets) {

    public record Facets(Map<String, Long> force) {
    }
}
