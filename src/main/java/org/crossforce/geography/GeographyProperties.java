package org.crossforce.geography;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of places ({@code crossforce.geography.*}).
 *
 * @param postcodes a full postcode directory, a CSV such as the ONS Postcode Directory, for
 *                  placing a postcode at its own point; unset or blank, a postcode is placed in its
 *                  area only
 */
@ConfigurationProperties("crossforce.geography")
public record GeographyProperties(Path postcodes) {

    public GeographyProperties {
        // An empty setting in application.yml means none, not the working directory.
        postcodes = postcodes == null || postcodes.toString().isBlank() ? null : postcodes;
    }
}
