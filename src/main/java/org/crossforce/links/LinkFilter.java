package org.crossforce.links;

import java.time.LocalDate;
import java.util.Set;

import org.crossforce.shared.ForceCode;

/**
 * Which links to follow from an entity.
 *
 * @param types       entity type prefixes of the neighbours to keep; empty: all but dates, which an analyst
 *                    asks for by name (a day is shared by everything that happened on it)
 * @param forces      forces whose records count; empty: all the caller may read
 * @param from        records dated on or after this day (UK time), or null
 * @param to          records dated on or before this day, or null
 * @param minStrength shared records a link needs to be shown
 */
public record LinkFilter(Set<String> types, Set<ForceCode> forces, LocalDate from, LocalDate to, int minStrength) {

    public static final LinkFilter NONE = new LinkFilter(Set.of(), Set.of(), null, null, 1);

    public LinkFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        forces = forces == null ? Set.of() : Set.copyOf(forces);
        minStrength = Math.max(1, minStrength);
    }
}
