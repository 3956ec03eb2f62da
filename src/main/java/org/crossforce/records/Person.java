package org.crossforce.records;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A person named in a record. Each record's person is its own node: a name alone never makes two
 * records' people one man (see the contract on entities); identity resolution joins them.
 *
 * @param name        the whole name to show: "forename surname" when both are known, else as delivered
 * @param forename    forename(s), when the system gives them or the name could be split
 * @param surname     surname, as the system spells it (police systems often capitalise it)
 * @param dateOfBirth date of birth, when given
 * @param yearOfBirth the year of birth, when the date is given or the system records only the year
 * @param role        suspect, victim, witness, subject, or other
 * @param contact     the person's own address and identifiers, as delivered; never null
 * @param attributes  further details the mapping names for the person (gender, age range, ...)
 */
public record Person(String name, String forename, String surname, LocalDate dateOfBirth, Integer yearOfBirth,
        PersonRole role, Contact contact, Map<String, String> attributes) {

    public Person {
        Objects.requireNonNull(role, "role");
        contact = contact == null ? Contact.NONE : contact;
        if (dateOfBirth != null) {
            yearOfBirth = dateOfBirth.getYear();
        }
        attributes = Map.copyOf(attributes);
    }

    /** A person known by name, date of birth and role only. */
    public Person(String name, String forename, String surname, LocalDate dateOfBirth, PersonRole role,
            Map<String, String> attributes) {
        this(name, forename, surname, dateOfBirth, null, role, Contact.NONE, attributes);
    }

    /**
     * Where a record says the person lives and how to reach them: these belong to this person,
     * unlike the record's own phones and address, which may be anyone's in it.
     *
     * @param pnc the Police National Computer id, as delivered (such as {@code 2009/0345678Y})
     */
    public record Contact(String address, String postcode, String phone, String email, String pnc) {

        public static final Contact NONE = new Contact(null, null, null, null, null);

        public boolean isEmpty() {
            return address == null && postcode == null && phone == null && email == null && pnc == null;
        }
    }
}
