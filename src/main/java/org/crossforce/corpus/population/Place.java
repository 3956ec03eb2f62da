package org.crossforce.corpus.population;

/**
 * A real town, district or station with its real postcode district and centre. Generated
 * addresses sit around it, so coordinates and postcodes agree with each other.
 */
public record Place(String locality, String town, String outward, double lat, double lon, CorpusForce force,
        boolean residential) {
}
