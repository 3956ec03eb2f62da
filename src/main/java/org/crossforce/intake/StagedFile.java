package org.crossforce.intake;

import java.time.Instant;

/**
 * A photo or video the public has sent, kept and checked, waiting for its report.
 *
 * @param latitude where the photo was taken, when it says so (offered as the report's place)
 */
public record StagedFile(String id, String name, String mediaType, long size, Double latitude, Double longitude,
        Instant takenAt) {

    public boolean hasPosition() {
        return latitude != null && longitude != null;
    }
}
