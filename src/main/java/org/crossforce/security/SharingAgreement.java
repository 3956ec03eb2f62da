package org.crossforce.security;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;

/**
 * One force sharing its records with another: up to a marking, with the holders of some roles,
 * and records of handling code C only when the agreement names them, under its conditions.
 *
 * @param owner      the force whose records are shared
 * @param recipient  the force whose people may read them
 * @param conditions what a reader of a shared C record must respect, shown with every such record
 */
public record SharingAgreement(String id, ForceCode owner, ForceCode recipient, Marking upTo, Set<String> roles,
        boolean conditional, String conditions, String createdBy, Instant created) {

    public SharingAgreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(upTo, "upTo");
        roles = Set.copyOf(roles);
        if (owner.equals(recipient)) {
            throw new IllegalArgumentException("A force does not need an agreement to read its own records");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An agreement names at least one role that may read what is shared");
        }
        conditions = conditions == null ? "" : conditions.strip();
    }
}
