package org.crossforce.elasticsearch;

import org.crossforce.shared.ForceCode;

/** Index names: one index of reports per force, and an alias over all of them. */
public final class ReportIndices {

    public static final String ALIAS = "crossforce-reports";
    public static final String PREFIX = ALIAS + "-";

    private ReportIndices() {
    }

    public static String of(ForceCode force) {
        return PREFIX + force.value();
    }
}
