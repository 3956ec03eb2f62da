package org.crossforce.corpus.persons;

import java.util.Arrays;

/**
 * The kinds of system whose person records the file imitates, with how often each comes up, how
 * often it writes the surname in capitals and how often it gives the PNC id of a person who has
 * one: custody nearly always capitalises and usually holds the id; other systems seldom hold it.
 */
enum RecordSystem {
    CUSTODY("custody", 25, 0.9, 0.6),
    CRIME("crime", 35, 0.15, 0.04),
    INTELLIGENCE("intelligence", 25, 0.6, 0.08),
    STOP_SEARCH("stop-search", 15, 0.05, 0.02);

    private static final int[] WEIGHTS = Arrays.stream(values()).mapToInt(s -> s.weight).toArray();

    private final String label;
    private final int weight;
    private final double upperSurname;
    private final double pnc;

    RecordSystem(String label, int weight, double upperSurname, double pnc) {
        this.label = label;
        this.weight = weight;
        this.upperSurname = upperSurname;
        this.pnc = pnc;
    }

    String label() {
        return label;
    }

    double upperSurname() {
        return upperSurname;
    }

    double pnc() {
        return pnc;
    }

    /** How often each system's records come up, in the order of {@link #values()}. */
    static int[] weights() {
        return WEIGHTS.clone();
    }
}
