package org.crossforce.shared;

import java.util.Objects;

/**
 * What a caller may read of one force's records: markings up to {@code upTo}, and records of
 * handling code C only when {@code conditional} says so. A caller's own force is a grant like any
 * other, so one rule covers reading at home and reading under a sharing agreement.
 */
public record Grant(ForceCode force, Marking upTo, boolean conditional) {

    public Grant {
        Objects.requireNonNull(force, "force");
        Objects.requireNonNull(upTo, "upTo");
    }

    /** Whether this grant covers a record of this force, marking and handling code. */
    public boolean covers(ForceCode recordForce, Marking marking, Handling handling) {
        return force.equals(recordForce) && marking.compareTo(upTo) <= 0 && (handling == Handling.P || conditional);
    }
}
