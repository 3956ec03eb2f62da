package org.crossforce.records;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Where one value of a record comes from, as a mapping file writes it. A bare string is short for
 * {@code from}: {@code narrative: Narrative} and {@code narrative: {from: Narrative}} are the same.
 *
 * @param from     the source column (CSV) or field path (JSON, XML); {@code {n}} (1, 2, ...) or
 *                 {@code {i}} (0, 1, ...) in it make a repeated group
 * @param template text with {@code {Column}} placeholders and optional {@code [ ... ]} parts
 * @param value    a constant
 * @param format   date patterns to try in order ({@code iso} for ISO-8601), for dates
 * @param values   source value to what it means (compared ignoring case), e.g. {@code SUS: SUSPECT}
 * @param style    how a one-field name is written: {@code surname_first}, {@code forename_first}, {@code whole}
 */
record FieldSpec(String from, String template, String value, List<String> format, Map<String, String> values,
        String style) {

    // Two creators: properties for the object form, delegating for the bare string. Naming both
    // keeps Jackson from taking the factory as the only way in.
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    FieldSpec {
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static FieldSpec of(String from) {
        return new FieldSpec(from, null, null, null, null, null);
    }

    List<String> formats() {
        return format == null ? List.of() : format;
    }

    Map<String, String> valueMap() {
        return values == null ? Map.of() : values;
    }

    /** The source names this field reads, for detecting groups and checking a mapping. */
    List<String> sources() {
        if (from != null) {
            return List.of(from);
        }
        if (template != null) {
            return Template.parse(template).placeholders();
        }
        return List.of();
    }
}
