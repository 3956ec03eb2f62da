package org.crossforce.shared;

import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A police force's data.police.uk id, such as {@code city-of-london}. Whether the force exists is
 * the force register's question; this type only guarantees the shape, so it is safe in index names.
 */
public record ForceCode(@JsonValue String value) implements Comparable<ForceCode> {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{1,40}");

    public ForceCode {
        Objects.requireNonNull(value, "force");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a force code: '" + value + "'");
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    @JsonCreator
    public static ForceCode of(String value) {
        return new ForceCode(value);
    }

    @Override
    public int compareTo(ForceCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
