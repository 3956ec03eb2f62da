package org.crossforce.demo;

import java.time.YearMonth;
import java.util.Locale;

/**
 * One generated row of a data.police.uk street-level file.
 *
 * @param crimeId 64 hexadecimal characters; empty for anti-social behaviour, as data.police.uk leaves it
 * @param force   the force's name, which data.police.uk writes both as who reported it and whose area it fell in
 * @param point   where it was snapped to; null for the few crimes published with no location
 * @param outcome the last outcome; empty for anti-social behaviour
 */
record CrimeRow(String crimeId, YearMonth month, String force, SnapPoint point, CrimeCategory category,
        String outcome) {

    static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
            + "LSOA name,Crime type,Last outcome category,Context";

    boolean located() {
        return point != null;
    }

    /** The row as data.police.uk writes it, without its line end; the Context column is always empty. */
    String csv() {
        StringBuilder line = new StringBuilder(160).append(crimeId).append(',').append(month).append(',')
                .append(field(force)).append(',').append(field(force)).append(',');
        if (point == null) {
            line.append(",,No location,,,");
        } else {
            line.append(String.format(Locale.ROOT, "%.6f,%.6f", point.longitude(), point.latitude())).append(',')
                    .append(field(point.location())).append(',').append(point.lsoaCode()).append(',')
                    .append(field(point.lsoaName())).append(',');
        }
        return line.append(category.label).append(',').append(field(outcome)).append(',').toString();
    }

    private static String field(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
