package org.crossforce.identity;

import java.util.List;

/**
 * What two person records are compared on, and the levels of agreement each comparison can reach,
 * best first. A level's weight is learnt from the data; the last level of each is disagreement.
 */
public enum Field {
    FORENAME("Forename", List.of("same", "familiar form or other forename", "similar spelling or sound",
            "initial agrees", "loosely similar", "different")),
    SURNAME("Surname", List.of("same", "one part of a double-barrelled name", "similar spelling or sound",
            "loosely similar", "different")),
    BIRTH("Date of birth", List.of("same", "day and month swapped", "one digit different",
            "same year, full date on one side only", "different")),
    ADDRESS("Address", List.of("same premises", "same postcode", "same postcode district", "different")),
    PHONE("Phone", List.of("shared", "different")),
    EMAIL("Email", List.of("shared", "different")),
    VEHICLE("Vehicle", List.of("shared", "different")),
    PNC("PNC id", List.of("same", "different"));

    /** The level of a comparison where either record lacks the field: it counts for nothing. */
    public static final int MISSING = -1;

    private final String label;
    private final List<String> levels;

    Field(String label, List<String> levels) {
        this.label = label;
        this.levels = levels;
    }

    public String label() {
        return label;
    }

    public List<String> levels() {
        return levels;
    }

    public int different() {
        return levels.size() - 1;
    }

    /** Whether a level is full agreement, partial agreement or disagreement. */
    public Agreement agreement(int level) {
        if (level == MISSING) {
            return Agreement.MISSING;
        }
        return level == 0 ? Agreement.AGREE : level == different() ? Agreement.DISAGREE : Agreement.PARTIAL;
    }

    public enum Agreement {
        AGREE, PARTIAL, DISAGREE, MISSING
    }
}
