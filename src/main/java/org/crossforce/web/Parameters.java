package org.crossforce.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Request parameters read the same way at every door, with an error in words when they are wrong. */
public final class Parameters {

    private Parameters() {
    }

    /** An ISO date, or null when the parameter is absent or blank. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' must be a date such as 2026-01-31, not '" + value + "'");
        }
    }
}
