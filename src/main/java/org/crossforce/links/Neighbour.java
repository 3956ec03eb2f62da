package org.crossforce.links;

/**
 * An entity seen in the same records as another.
 *
 * @param shared       records and documents that mention both: the link's strength
 * @param significance how far beyond chance they appear together (log-likelihood ratio, see
 *                     {@code Significance}): an entity seen with everything scores near zero
 */
public record Neighbour(String id, String type, String label, long shared, double significance) {
}
