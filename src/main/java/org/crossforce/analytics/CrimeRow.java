package org.crossforce.analytics;

import java.time.YearMonth;

/**
 * A crime behind a number: enough to tell it apart in a list, and its id to open the record.
 *
 * @param id       the record's document id
 * @param location the place as the export writes it ("On or near Cheapside")
 */
public record CrimeRow(String id, String force, YearMonth month, String type, String title, String location,
        String outcome, String lsoa, Double latitude, Double longitude, String sourceKey) {
}
