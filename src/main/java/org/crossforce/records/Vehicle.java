package org.crossforce.records;

/**
 * A vehicle named in a record, as delivered. Normalising the registration mark for entity ids
 * ({@code vrm:AB12CDE}) is the entity module's job, so nothing is cleaned here.
 */
public record Vehicle(String vrm, String make, String model, String colour) {
}
