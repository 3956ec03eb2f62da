package org.crossforce.records;

import java.util.Locale;
import java.util.Optional;

/** The part a person plays in a record. Anything a system says that is not one of these is OTHER. */
public enum PersonRole {
    SUSPECT,
    VICTIM,
    WITNESS,
    SUBJECT,
    OTHER;

    /** The role whose name this is, in any case; empty when it names none. */
    static Optional<PersonRole> named(String text) {
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        for (PersonRole role : values()) {
            if (role.name().equals(wanted)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
