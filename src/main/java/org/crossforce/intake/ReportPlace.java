package org.crossforce.intake;

/**
 * Where something happened.
 *
 * @param description the address, postcode or landmark as the reporter gave it
 * @param how         how the point was found: {@code postcode}, {@code pin} or {@code photo}
 */
public record ReportPlace(double latitude, double longitude, String description, String how) {

    public ReportPlace {
        if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Not a place on Earth: " + latitude + ", " + longitude);
        }
        description = description == null ? "" : description.strip();
        how = how == null ? "pin" : how;
    }
}
