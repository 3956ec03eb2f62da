package org.crossforce.analytics;

import org.crossforce.shared.ForceCode;

/**
 * One force's crimes in the selection, also per km² of its territory so that a small force and a
 * large one compare fairly.
 *
 * @param previous the count of the period before, or null when the force did not deliver the same months for it, so the two do not compare
 * @param areaKm2 the force's area; 0 where Crossforce holds no boundary (British Transport Police)
 * @param perKm2  null where the area is not known
 */
public record ForceFigures(ForceCode force, String name, long count, Long previous, double z, boolean significant,
        double areaKm2, Double perKm2) {
}
