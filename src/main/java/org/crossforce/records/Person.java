package org.crossforce.records;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A person named in a record. Each record's person is its own node: a name alone never makes two
 * records' people one man (see the contract on entities).
 *
 * @param name        the whole name to show: "forename surname" when both are known, else as delivered
 * @param forename    forename(s), when the system gives them or the name could be split
 * @param surname     surname, as the system spells it (police systems often capitalise it)
 * @param dateOfBirth date of birth, when given
 * @param role        suspect, victim, witness, subject, or other
 * @param attributes  further details the mapping names for the person (gender, age range, ...)
 */
public record Person(String name, String forename, String surname, LocalDate dateOfBirth, PersonRole role,
        Map<String, String> attributes) {

    public Person {
        Objects.requireNonNull(role, "role");
        attributes = Map.copyOf(attributes);
    }
}
