package org.crossforce.entities;

import java.util.Objects;

/**
 * An entity's id is "type:normalised-value", e.g. {@code vrm:AB12CDE}, {@code phone:+447700900481},
 * {@code postcode:CT9 2RN}, {@code pnc:2009/0345678Y}, {@code email:jo@example.org},
 * {@code nino:QQ123456C}, {@code weapon:zombie knife}, {@code drug:cocaine}. Two mentions name the
 * same entity exactly when their ids are equal, so the value must already be normalised.
 */
public record EntityId(EntityType type, String value) {

    public EntityId {
        Objects.requireNonNull(type, "type");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An entity id needs a value, not \"" + value + "\"");
        }
    }

    /**
     * Reads an id written by {@link #toString()}.
     *
     * @throws IllegalArgumentException when the id has no prefix, an unknown one, or no value
     */
    public static EntityId parse(String id) {
        if (id == null) {
            throw new IllegalArgumentException("An entity id is needed, not null");
        }
        int colon = id.indexOf(':');
        if (colon <= 0 || colon == id.length() - 1) {
            throw new IllegalArgumentException(
                    "An entity id is written type:value, such as vrm:AB12CDE, not \"" + id + "\"");
        }
        EntityType type;
        try {
            type = EntityType.ofPrefix(id.substring(0, colon));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown entity type in \"" + id + "\": " + e.getMessage(), e);
        }
        String value = id.substring(colon + 1);
        if (value.isBlank()) {
            throw new IllegalArgumentException("The entity id \"" + id + "\" has no value");
        }
        return new EntityId(type, value);
    }

    @Override
    public String toString() {
        return type.prefix() + ":" + value;
    }
}
