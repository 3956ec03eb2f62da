package org.crossforce.links;

import java.util.Set;

import org.crossforce.shared.ForceCode;

/**
 * What an analyst typed to find an entity: a plate, phone, postcode, PNC ID, email, NI number,
 * weapon, drug or name, written as it comes.
 *
 * @param types  entity type prefixes to keep ({@code vrm}, {@code phone}, {@code person} ...); empty: all
 * @param forces forces to count in; empty: every force the caller may read
 */
public record EntityQuery(String text, Set<String> types, Set<ForceCode> forces) {

    public EntityQuery {
        text = text == null ? "" : text.strip();
        types = types == null ? Set.of() : Set.copyOf(types);
        forces = forces == null ? Set.of() : Set.copyOf(forces);
    }

    boolean wants(String type) {
        return types.isEmpty() || types.contains(type);
    }
}
