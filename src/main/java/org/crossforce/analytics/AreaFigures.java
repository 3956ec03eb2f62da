package org.crossforce.analytics;

/**
 * A busy area: a Lower Layer Super Output Area or a grid cell, with its count against the period before.
 *
 * @param key  the LSOA code or the cell id
 * @param name     the LSOA name where the export gives one, else the key
 * @param previous the count of the period before, or null when the same months were not delivered for it, so the two do not compare
 */
public record AreaFigures(String key, String name, long count, Long previous, double z, boolean significant) {
}
