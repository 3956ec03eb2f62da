package org.crossforce.corpus.population;

/** A vehicle with a current-format registration mark ({@code UX19 QFK}) that the DVLA does not issue. */
public record Vehicle(String id, String vrm, String make, String shortMake, String model, String colour,
        String keeperId) {
}
