package org.crossforce.shared;

import java.util.Arrays;
import java.util.Locale;

/** Government Security Classification of a record, in ascending order of sensitivity. */
public enum Marking {
    OFFICIAL("OFFICIAL"),
    OFFICIAL_SENSITIVE("OFFICIAL-SENSITIVE"),
    SECRET("SECRET");

    private final String label;

    Marking(String label) {
        this.label = label;
    }

    /** The lower of this marking and another: how far a grant reaches under a clearance. */
    public Marking atMost(Marking other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public String label() {
        return label;
    }

    /** Accepts the label as written on documents ({@code OFFICIAL-SENSITIVE}), any case. */
    public static Marking parse(String text) {
        String wanted = text.trim().toUpperCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Arrays.stream(values())
                .filter(m -> m.label.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown marking '" + text + "': use OFFICIAL, OFFICIAL-SENSITIVE or SECRET"));
    }

    @Override
    public String toString() {
        return label;
    }
}
