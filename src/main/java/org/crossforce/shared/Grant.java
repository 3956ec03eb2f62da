package org.crossforce.shared;

import java.util.Objects;

/**
 * What a caller may read of one force's records: markings up to {@code upTo}, and records of
 * handling code C only when {@code conditional} says so. A caller's own force is a grant like any
 * other, so one rule covers reading at home and reading under a sharing agreement.
 *
 * @param conditions what the reader of a C record under this grant must respect, as the sharing
 *                   agreement words it; empty for the caller's own force
 */
public record Grant(ForceCode force, Marking upTo, boolean conditional, String conditions) {

    public Grant {
        Objects.requireNonNull(force, "force");
        Objects.requireNonNull(upTo, "upTo");
        conditions = conditions == null ? "" : conditions;
    }

    public Grant(ForceCode force, Marking upTo, boolean conditional) {
        this(force, upTo, conditional, "");
    }

    /** Whether this grant covers a record of this force, marking and handling code. */
    public boolean covers(ForceCode recordForce, Marking marking, Handling handling) {
        return force.equals(recordForce) && marking.compareTo(upTo) <= 0 && (handling == Handling.P || conditional);
    }
}
