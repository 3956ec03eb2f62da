package org.crossforce.entities;

/**
 * The kinds of entity Crossforce links documents by. The prefix is the first part of an
 * {@link EntityId} and never changes once ids are stored; the label is what users read.
 */
public enum EntityType {
    PERSON("person", "Person"),
    VEHICLE("vrm", "Vehicle"),
    PHONE("phone", "Phone"),
    EMAIL("email", "Email"),
    POSTCODE("postcode", "Postcode"),
    PNC_ID("pnc", "PNC ID"),
    NI_NUMBER("nino", "NI number"),
    WEAPON("weapon", "Weapon"),
    DRUG("drug", "Drug"),
    /** A street address with its town or postcode: {@code address:14 rowan crescent, CT9 5LP}. */
    ADDRESS("address", "Address"),
    /** A record as the event it reports, with its date and location: {@code event:<document id>}. */
    EVENT("event", "Event"),
    /** The day something happened, from a text: {@code date:2019-03-14}. Its mentions may give the time too. */
    DATE("date", "Date");

    private final String prefix;
    private final String label;

    EntityType(String prefix, String label) {
        this.prefix = prefix;
        this.label = label;
    }

    public String prefix() {
        return prefix;
    }

    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException when no type has that prefix */
    public static EntityType ofPrefix(String prefix) {
        for (EntityType type : values()) {
            if (type.prefix.equals(prefix)) {
                return type;
            }
        }
        throw new IllegalArgumentException("No entity type has the prefix \"" + prefix + "\"");
    }
}
